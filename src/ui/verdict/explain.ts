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

/** The headline's word from the claims' call: a settled verdict that the rounding could flip is "Too close to call". */
export function callWord(claims: Claims, tr: Translator = english()): string {
  switch (claims.call) {
    case 'adopted':
      return tr.t('verdict.adopted');
    case 'not_adopted':
      return tr.t('verdict.notAdopted');
    case 'undetermined':
      return tr.t('verdict.depends');
    case 'too_close':
      return tr.t('verdict.tooCloseWord');
    default:
      return assertNever(claims.call);
  }
}

export function headline(o: Outcome, tr: Translator = english(), claims: Claims = claimsOf(o)): { word: string; reason: string } {
  const a = claims.actual;
  const inFavour = tr.t('headline.inFavour', {
    members: tr.tp('n.member', a.inFavour),
    participating: tr.count(a.participating),
    share: tr.share(a.populationInFavour, a.populationParticipating),
  });
  const word = callWord(claims, tr);
  switch (claims.verdict) {
    case 'adopted':
      return { word, reason: claims.key.margins.populationDeemed ? tr.t('headline.deemed', { inFavour }) : inFavour };
    case 'not_adopted':
      return { word, reason: claims.undecided ? tr.t('headline.soFar', { inFavour }) : inFavour };
    case 'undetermined':
      return { word, reason: tr.t('headline.depends', { undecided: tr.tp('n.undecidedMember', claims.undecided) }) };
  }
}

/** The population condition as it stands: "53.1 %" against "65 %". */
function populationOf(k: CaseClaims): ConditionClaim | undefined {
  return k.conditions.find((c) => c.id === 'population');
}

/**
 * Sentences such as "needs 2 more members in favour", for one case: under the Nice rule the
 * weighted votes first, then the members, then the optional population check; inside the
 * rounding band of the figures, the population is neither short nor spare.
 */
export function marginSentences(k: CaseClaims, tr: Translator = english()): string[] {
  const m = k.margins;
  const out: string[] = [];
  const pop = populationOf(k);
  if (m.weightsShort) out.push(tr.t('claims.margin.needsVotes', { votes: tr.tp('claims.n.moreVote', m.weightsShort) }));
  if (m.membersShort > 0) out.push(tr.t('margin.needsMembers', { members: tr.tp('n.moreMember', m.membersShort) }));
  if (m.populationTooClose && pop) {
    out.push(tr.t('claims.margin.populationTooClose', { share: tr.share(pop.reached, pop.of), required: tr.percentOf(pop.required, pop.of) }));
  }
  if (m.populationShort && m.populationPoints !== null) {
    out.push(tr.t('margin.populationShort', { points: tr.points(m.populationPoints), people: tr.people(m.populationShort) }));
  }
  if (m.populationDeemed && pop) {
    const b = k.blocking;
    out.push(
      tr.t('margin.deemed', {
        share: tr.share(pop.reached, pop.of),
        points: tr.points(m.populationPoints ?? 0),
        required: tr.percentOf(pop.required, pop.of),
        members: tr.tp('n.member', b.members),
        needed: tr.tp('n.member', b.requiredMembers ?? 0),
      }),
    );
  } else if (m.blocking) {
    const parts: string[] = [];
    if (m.blocking.votesNeeded > 0) parts.push(tr.tp('claims.n.moreVote', m.blocking.votesNeeded));
    if (m.blocking.membersNeeded > 0) parts.push(tr.tp('n.moreMember', m.blocking.membersNeeded));
    if (m.blocking.populationNeeded > 0) parts.push(tr.t('margin.peopleMore', { people: tr.people(m.blocking.populationNeeded) }));
    if (parts.length) out.push(tr.t('margin.blockingNeeds', { parts: tr.and(parts) }));
  }
  if (!k.adopted) return out;
  if (m.weightsSpare !== null) {
    out.push(tr.t('claims.margin.spareNice', { votes: tr.tp('claims.n.vote', m.weightsSpare), members: tr.tp('n.member', m.membersSpare) }));
    if (pop && m.populationSpare !== null && m.populationPoints !== null) {
      out.push(tr.t('claims.margin.spareCheck', { required: tr.percentOf(pop.required, pop.of), points: tr.points(m.populationPoints), people: tr.people(m.populationSpare) }));
    }
  } else if (m.populationDeemed || m.populationTooClose) {
    out.push(tr.t('margin.spareMembers', { members: tr.tp('n.member', m.membersSpare) }));
  } else if (m.populationSpare !== null && m.populationPoints !== null) {
    out.push(tr.t('margin.spare', { members: tr.tp('n.member', m.membersSpare), points: tr.points(m.populationPoints), people: tr.people(m.populationSpare) }));
  }
  return out;
}

/** The margins of a settled verdict: the case they rest on as a lead-in (null for the vote as declared), then one sentence a line. */
export interface MarginBlock {
  readonly lead: string | null;
  readonly lines: readonly string[];
}

/**
 * The margins of a settled verdict, in the case that settles it: the vote as declared, or, with
 * members undecided, the case named first ("Even if all 20 undecided members voted yes:").
 */
export function verdictMargins(claims: Claims, tr: Translator = english()): MarginBlock {
  if (claims.verdict === 'undetermined') return { lead: null, lines: [] };
  const k = claims.key;
  const lines = marginSentences(k, tr);
  if (k.name === 'actual' || lines.length === 0) return { lead: null, lines };
  return { lead: tr.tp(k.name === 'best' ? 'margin.caseBest' : 'margin.caseWorst', claims.undecided), lines };
}

/** The blocking minority at a glance: a mark (■ formed, □ none, ≈ within the rounding), a heading and its lines. */
export interface BlockingWords {
  readonly mark: '■' | '□' | '≈';
  readonly tone: 'formed' | 'none' | 'uncertain';
  readonly heading: string;
  /** Who is not in favour, what blocking takes, and a defeat on the member condition, in the treaty's words. */
  readonly lines: readonly string[];
}

/**
 * "No blocking minority (9.6 % ≤ 35 %)", "Blocking minority formed", … and the lines below it:
 * the blocking minority of the rule (Art. 16(4) TEU's population one, the Nice rule's weighted
 * votes), never "formed" beside a figure that fails its own test, and a defeat on the member
 * condition said as such.
 */
export function blockingWords(b: BlockingClaim, undecided: number, tr: Translator = english()): BlockingWords {
  const declared = undecided > 0;
  const share = tr.share(b.population, b.of);
  const limit = b.limitPercent === null ? '' : tr.percent(b.limitPercent);
  const who = tr.t(declared ? 'blocking.declaredNotInFavour' : 'blocking.notInFavour');
  let heading: string;
  if (b.tooClose) heading = tr.t('claims.blocking.tooClose', { share, limit });
  else if (b.weights) {
    heading = tr.t(b.formed ? 'claims.blocking.formedVotes' : 'claims.blocking.noneVotes', { votes: tr.count(b.weights.notInFavour), limit: tr.count(b.weights.blocks - 1) });
  } else if (b.formed) heading = tr.t('blocking.formed');
  else if (b.kind === 'population' && b.limitPercent !== null) {
    const few = b.requiredMembers !== null && b.members < b.requiredMembers && b.population * 100 > b.limitPercent * b.of;
    heading = few
      ? tr.t(declared ? 'claims.blocking.noneDeclaredFew' : 'claims.blocking.noneFew', { members: tr.tp('n.member', b.members), needed: tr.count(b.requiredMembers ?? 0) })
      : tr.t(declared ? 'claims.blocking.noneDeclaredShare' : 'claims.blocking.noneShare', { share, limit });
  } else heading = blockingHeading(b, undecided, tr);
  const lines: string[] = [];
  if (b.weights) {
    lines.push(tr.t('claims.blocking.weights', { who, votes: tr.count(b.weights.notInFavour), of: tr.count(b.weights.of), required: tr.count(b.weights.of - b.weights.blocks + 1), limit: tr.count(b.weights.blocks - 1) }));
  } else {
    const summary = tr.t('blocking.summary', { who, members: tr.count(b.members), memberWord: tr.tp('word.member', b.members), share, people: tr.people(b.population) });
    lines.push(b.requiredMembers !== null ? `${summary} ${tr.t('blocking.needs', { n: tr.count(b.requiredMembers) })}` : summary);
  }
  // A formed blocking minority names its routes ("Blocked by too few members in favour and …"),
  // which already says the member condition fails: the defeat is spelt out only when it stands alone.
  const routesSaid = b.formed && b.kind !== 'weights';
  if (b.stopsOnMembers && b.membersRequired !== null && !routesSaid) {
    const params = { inFavour: tr.count(b.inFavour), needed: tr.count(b.membersRequired), members: tr.tp('n.member', b.members) };
    lines.push(tr.t(declared ? 'claims.blocking.membersDefeatEvenIf' : 'claims.blocking.membersDefeat', params));
  }
  if (routesSaid) lines.push(tr.t('blocking.by', { routes: b.routes.map((r) => tr.t(`route.${r}`)).join(tr.t('blocking.andBy')) }));
  const tone = b.tooClose ? 'uncertain' : b.formed ? 'formed' : 'none';
  return { mark: tone === 'uncertain' ? '≈' : tone === 'formed' ? '■' : '□', tone, heading, lines };
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
