/**
 * The verdict's margins in words. The numbers come from the core (marginsOf); this file only
 * phrases them.
 */
import { marginsOf } from '../core/margins';
import type { Evaluation, Outcome } from '../core/outcome';
import { people, percentOf, plural, points } from '../core/format';

export function headline(o: Outcome): { word: string; reason: string } {
  const w = o.worst;
  const inFavour = `${plural(w.members.inFavour, 'member')} of ${w.members.participating}, ${percentOf(w.population.inFavour, w.population.participating)} of the population in favour`;
  switch (o.verdict) {
    case 'adopted':
      return { word: 'Adopted', reason: w.deemedAdopted ? `${inFavour}; no blocking minority of enough members` : inFavour };
    case 'not_adopted':
      return { word: 'Not adopted', reason: o.undecided.length ? `${inFavour} so far; the undecided cannot save it` : inFavour };
    case 'undetermined':
      return {
        word: 'Depends',
        reason: `on the ${plural(o.undecided.length, 'undecided member')}: adopted if they all vote yes, not if they vote no`,
      };
  }
}

/** Sentences such as "needs 2 more members in favour". */
export function marginSentences(e: Evaluation): string[] {
  const m = marginsOf(e);
  const out: string[] = [];
  if (m.membersShort > 0) out.push(`Needs ${plural(m.membersShort, 'more member')} in favour.`);
  if (m.populationShort && m.populationPoints !== null) {
    out.push(`Population in favour is short by ${points(m.populationPoints)} (${people(m.populationShort)}).`);
  }
  if (e.adopted && e.deemedAdopted) {
    const b = e.blockingMinority;
    const need = (b.requiredMembers ?? 0) - b.members;
    out.push(`Adopted by the blocking-minority clause: the members not in favour hold over 35 % of the population, but a blocking minority needs ${plural(need, 'more member')}.`);
  } else if (m.blocking) {
    const parts: string[] = [];
    if (m.blocking.membersNeeded > 0) parts.push(plural(m.blocking.membersNeeded, 'more member'));
    if (m.blocking.populationNeeded > 0) parts.push(`${people(m.blocking.populationNeeded)} more`);
    if (parts.length) out.push(`A blocking minority needs ${parts.join(' and ')}.`);
  }
  if (e.adopted && m.membersSpare >= 0 && m.populationSpare !== null && m.populationPoints !== null) {
    out.push(`Spare: ${plural(m.membersSpare, 'member')} and ${points(m.populationPoints)} (${people(m.populationSpare)}) above the thresholds.`);
  }
  return out;
}
