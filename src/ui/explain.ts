/**
 * The verdict's margins in words. The numbers come from the core (marginsOf); this file only
 * phrases them, in the translator's language (English for exports).
 */
import { marginsOf } from '../core/rules/margins';
import type { Evaluation, Outcome } from '../core/rules/outcome';
import { translator, type Translator } from '../i18n/translator';

const english = () => translator('en');

export function headline(o: Outcome, tr: Translator = english()): { word: string; reason: string } {
  const w = o.worst;
  const inFavour = tr.t('headline.inFavour', {
    members: tr.tp('n.member', w.members.inFavour),
    participating: tr.count(w.members.participating),
    share: tr.percentOf(w.population.inFavour, w.population.participating),
  });
  switch (o.verdict) {
    case 'adopted':
      return { word: tr.t('verdict.adopted'), reason: w.deemedAdopted ? tr.t('headline.deemed', { inFavour }) : inFavour };
    case 'not_adopted':
      return { word: tr.t('verdict.notAdopted'), reason: o.undecided.length ? tr.t('headline.soFar', { inFavour }) : inFavour };
    case 'undetermined':
      return { word: tr.t('verdict.depends'), reason: tr.t('headline.depends', { undecided: tr.tp('n.undecidedMember', o.undecided.length) }) };
  }
}

/** Sentences such as "needs 2 more members in favour". */
export function marginSentences(e: Evaluation, tr: Translator = english()): string[] {
  const m = marginsOf(e);
  const out: string[] = [];
  if (m.membersShort > 0) out.push(tr.t('margin.needsMembers', { members: tr.tp('n.moreMember', m.membersShort) }));
  if (m.populationShort && m.populationPoints !== null) {
    out.push(tr.t('margin.populationShort', { points: tr.points(m.populationPoints), people: tr.people(m.populationShort) }));
  }
  if (e.adopted && e.deemedAdopted) {
    const b = e.blockingMinority;
    const need = (b.requiredMembers ?? 0) - b.members;
    out.push(tr.t('margin.deemed', { members: tr.tp('n.moreMember', need) }));
  } else if (m.blocking) {
    const parts: string[] = [];
    if (m.blocking.membersNeeded > 0) parts.push(tr.tp('n.moreMember', m.blocking.membersNeeded));
    if (m.blocking.populationNeeded > 0) parts.push(tr.t('margin.peopleMore', { people: tr.people(m.blocking.populationNeeded) }));
    if (parts.length) out.push(tr.t('margin.blockingNeeds', { parts: tr.and(parts) }));
  }
  if (e.adopted && m.membersSpare >= 0 && m.populationSpare !== null && m.populationPoints !== null) {
    out.push(
      tr.t('margin.spare', { members: tr.tp('n.member', m.membersSpare), points: tr.points(m.populationPoints), people: tr.people(m.populationSpare) }),
    );
  }
  return out;
}
