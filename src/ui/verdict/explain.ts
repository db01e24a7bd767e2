/**
 * The verdict's words: headline, margins and the blocking minority. Every figure and every claim
 * comes from the core's claims (src/core/rules/claims.ts); this file only phrases them, in the
 * translator's language (English for exports).
 */
import { claimsOf, type BlockingClaim, type CaseClaims, type Claims, type ConditionCaseClaim, type ConditionClaim } from '../../core/rules/claims';
import { assertNever } from '../../core/result';
import type { Outcome } from '../../core/rules/outcome';
import { translator, type Translator } from '../../i18n/translator';

const english = () => translator('en');

export function headline(o: Outcome, tr: Translator = english(), claims: Claims = claimsOf(o)): { word: string; reason: string } {
  const a = claims.actual;
  const inFavour = tr.t('headline.inFavour', {
    members: tr.tp('n.member', a.inFavour),
    participating: tr.count(a.participating),
    share: tr.percentOf(a.populationInFavour, a.populationParticipating),
  });
  switch (claims.verdict) {
    case 'adopted':
      return { word: tr.t('verdict.adopted'), reason: claims.key.margins.populationDeemed ? tr.t('headline.deemed', { inFavour }) : inFavour };
    case 'not_adopted':
      return { word: tr.t('verdict.notAdopted'), reason: claims.undecided ? tr.t('headline.soFar', { inFavour }) : inFavour };
    case 'undetermined':
      return { word: tr.t('verdict.depends'), reason: tr.t('headline.depends', { undecided: tr.tp('n.undecidedMember', claims.undecided) }) };
  }
}

/** The population condition as it stands: "53.1 %" against "65 %". */
function populationOf(k: CaseClaims): ConditionClaim | undefined {
  return k.conditions.find((c) => c.id === 'population');
}

/** Sentences such as "needs 2 more members in favour", for one case. */
export function marginSentences(k: CaseClaims, tr: Translator = english()): string[] {
  const m = k.margins;
  const out: string[] = [];
  if (m.membersShort > 0) out.push(tr.t('margin.needsMembers', { members: tr.tp('n.moreMember', m.membersShort) }));
  if (m.populationShort && m.populationPoints !== null) {
    out.push(tr.t('margin.populationShort', { points: tr.points(m.populationPoints), people: tr.people(m.populationShort) }));
  }
  const pop = populationOf(k);
  if (m.populationDeemed && pop) {
    const b = k.blocking;
    out.push(
      tr.t('margin.deemed', {
        share: tr.percentOf(pop.reached, pop.of),
        points: tr.points(m.populationPoints ?? 0),
        required: tr.percentOf(pop.required, pop.of),
        members: tr.tp('n.member', b.members),
        needed: tr.tp('n.member', b.requiredMembers ?? 0),
      }),
    );
  } else if (m.blocking) {
    const parts: string[] = [];
    if (m.blocking.membersNeeded > 0) parts.push(tr.tp('n.moreMember', m.blocking.membersNeeded));
    if (m.blocking.populationNeeded > 0) parts.push(tr.t('margin.peopleMore', { people: tr.people(m.blocking.populationNeeded) }));
    if (parts.length) out.push(tr.t('margin.blockingNeeds', { parts: tr.and(parts) }));
  }
  if (k.adopted && m.populationDeemed) {
    out.push(tr.t('margin.spareMembers', { members: tr.tp('n.member', m.membersSpare) }));
  } else if (k.adopted && m.populationSpare !== null && m.populationPoints !== null) {
    out.push(tr.t('margin.spare', { members: tr.tp('n.member', m.membersSpare), points: tr.points(m.populationPoints), people: tr.people(m.populationSpare) }));
  }
  return out;
}

/**
 * The margins of a settled verdict, in the case that settles it: the vote as declared, or, with
 * members undecided, the case named first ("Even if all 20 undecided members voted yes:").
 */
export function verdictMargins(claims: Claims, tr: Translator = english()): string[] {
  if (claims.verdict === 'undetermined') return [];
  const k = claims.key;
  const sentences = marginSentences(k, tr);
  if (k.name === 'actual' || sentences.length === 0) return sentences;
  return [tr.tp(k.name === 'best' ? 'margin.caseBest' : 'margin.caseWorst', claims.undecided), ...sentences];
}

/** "Blocking minority formed", "No blocking minority among the declared", … */
export function blockingHeading(b: BlockingClaim, undecided: number, tr: Translator = english()): string {
  return tr.t(b.formed ? 'blocking.formed' : undecided > 0 ? 'blocking.noneDeclared' : 'blocking.none');
}

/** The conditions' status in words; the population condition says when it is only deemed met. */
export function conditionStatusWord(c: ConditionClaim, tr: Translator = english()): string {
  if (c.deemedMet) return tr.t('cond.deemedMet');
  return tr.t(c.status === 'met' ? 'cond.met' : c.status === 'uncertain' ? 'cond.tooClose' : 'cond.notMet');
}

/**
 * A condition's status naming the case it rests on: "Met even if the 3 undecided vote no", "Met
 * only if the undecided vote yes", "Not met even if all 3 undecided vote yes" — or, with nobody
 * undecided, the plain status ({@link conditionStatusWord}).
 */
export function conditionCaseWord(cc: ConditionCaseClaim, undecided: number, tr: Translator = english()): string {
  switch (cc.standing) {
    case 'met':
    case 'not_met':
    case 'uncertain':
      return conditionStatusWord(cc.case === 'best' ? cc.best : cc.worst, tr);
    case 'met_even_if_undecided_no':
      return tr.tp(cc.deemedMet ? 'cond.deemedEvenIfNo' : 'cond.evenIfNo', undecided);
    case 'met_only_if_undecided_yes':
      return tr.tp(cc.deemedMet ? 'cond.deemedOnlyIfYes' : 'cond.onlyIfYes', undecided);
    case 'not_met_even_if_undecided_yes':
      return tr.tp('cond.notEvenIfYes', undecided);
    default:
      return assertNever(cc.standing);
  }
}
