/**
 * What may be said about a verdict: one object, derived from one evaluation, from which every
 * surface (verdict panel, margins, explanation, presentation, print, exports, command line)
 * takes its numbers and its claims. Each figure carries the case it belongs to — the vote as
 * declared, or the best or worst case for the undecided — so no sentence can state a
 * hypothetical figure as the actual vote, and no surface recounts anything on its own.
 */
import { assertNever } from '../result';
import { marginsOf } from './margins';
import type { BlockingRoute, Condition, ConditionId, Evaluation, Outcome, Verdict } from './outcome';

/** Which vote a figure describes: as declared, or with every undecided member voting yes (best) or no (worst). */
export type CaseName = 'actual' | 'best' | 'worst';

/** A condition as the rule reads it, with the four-member clause made explicit. */
export interface ConditionClaim extends Condition {
  /** The population condition is not met, but deemed attained: too few members to block. */
  readonly deemedMet: boolean;
}

/**
 * Which blocking minority the rule knows: the population one of Art. 16(4) TEU and Art. 238
 * TFEU (more than 35 % of the population, with at least four members where the clause applies),
 * the weighted votes under the Nice rule (more than the total less the threshold), one vote
 * against under unanimity, or none (simple majority, thresholds without a population condition).
 */
export type BlockingKind = 'population' | 'weights' | 'veto' | 'none';

/**
 * The rule's blocking minority: formed or not, by the treaty's own definition. A text that falls
 * only on the member condition (too few members in favour) has no blocking minority: it is
 * `stopsOnMembers`. Inside the rounding band of percent-only figures nothing is formed: `tooClose`.
 */
export interface BlockingClaim {
  readonly kind: BlockingKind;
  /** The rule's blocking minority is formed, and not only within the rounding of the figures. */
  readonly formed: boolean;
  /** The population blocking minority lies within the rounding of the figures: neither formed nor not. */
  readonly tooClose: boolean;
  /** The act falls on the member condition (too few members in favour), whatever the blocking minority. */
  readonly stopsOnMembers: boolean;
  /** Members in favour and the number the member condition needs (for `stopsOnMembers`). */
  readonly inFavour: number;
  readonly membersRequired: number | null;
  /** Every condition the act falls on, in the rule's order (empty when adopted). */
  readonly routes: readonly BlockingRoute[];
  /** Participating members not in favour, and how many of them vote against or abstain. */
  readonly members: number;
  readonly against: number;
  readonly abstaining: number;
  /** Their population, and the participating population it is a share of. */
  readonly population: number;
  readonly of: number;
  /** More than this percentage of the population blocks (35 for Art. 16(4) TEU); null without a population blocking minority. */
  readonly limitPercent: number | null;
  /** The fewest members a population blocking minority needs; null where the rule has no such clause. */
  readonly requiredMembers: number | null;
  /** Not formed only for want of members: the act is deemed adopted. */
  readonly deemed: boolean;
  /** Under the Nice rule: weighted votes not in favour, of how many, and how many block (more than of − required). */
  readonly weights: { readonly notInFavour: number; readonly of: number; readonly blocks: number } | null;
  /** Under unanimity: members voting against. */
  readonly vetoes: number;
}

/** The distances to the thresholds, signed by what they claim. */
export interface MarginClaims {
  readonly membersShort: number;
  readonly membersSpare: number;
  /** Null where the rule has no population condition, or where the clause deems it met. */
  readonly populationShort: number | null;
  readonly populationSpare: number | null;
  /** Signed, for display; null without a population condition. */
  readonly populationPoints: number | null;
  /** The population condition fails but is deemed met (Art. 16(4) TEU, second subparagraph). */
  readonly populationDeemed: boolean;
  /** The population in favour lies within the rounding of the figures: neither short nor spare. */
  readonly populationTooClose: boolean;
  /** Under the Nice rule: weighted votes still needed in favour, or to spare; null otherwise. */
  readonly weightsShort: number | null;
  readonly weightsSpare: number | null;
  /**
   * What a blocking minority still lacks, when the act is adopted and not only deemed so: members
   * and people (Art. 16(4) TEU), or weighted votes under the Nice rule.
   */
  readonly blocking: { readonly membersNeeded: number; readonly populationNeeded: number; readonly votesNeeded: number } | null;
}

/** Everything that may be said of one complete set of positions. */
export interface CaseClaims {
  readonly name: CaseName;
  readonly adopted: boolean;
  readonly members: Evaluation['members'];
  readonly population: Evaluation['population'];
  readonly conditions: readonly ConditionClaim[];
  readonly blocking: BlockingClaim;
  readonly margins: MarginClaims;
  readonly tooCloseToCall: boolean;
}

/** What the headline may say: the verdict, or "too close to call" when a settled verdict rests on the rounding of the figures. */
export type Call = Verdict | 'too_close';

export interface Claims {
  readonly verdict: Verdict;
  /** The headline's word: never a definite verdict that the rounding of the figures could flip. */
  readonly call: Call;
  /** How many members are undecided. */
  readonly undecided: number;
  /** The vote as declared: undecided members are neither in favour nor against. */
  readonly actual: {
    readonly inFavour: number;
    readonly against: number;
    readonly abstaining: number;
    readonly participating: number;
    readonly populationInFavour: number;
    readonly populationParticipating: number;
  };
  /** The case that settles the verdict: the actual vote when nobody is undecided, else the worst
   * case for an adoption (or an open verdict) and the best case for a failure. */
  readonly key: CaseClaims;
  readonly best: CaseClaims;
  readonly worst: CaseClaims;
  /** Members who declared against or abstain: the blocking minority among the declared (best case). */
  readonly declaredBlocking: BlockingClaim;
  /** Each condition read against the undecided, in the rule's order (see {@link ConditionCaseClaim}). */
  readonly conditionCases: readonly ConditionCaseClaim[];
  readonly tooCloseToCall: boolean;
}

/**
 * How a condition stands whatever the undecided do. Without undecided members: `met`, `not_met`
 * or `uncertain`. With them: met even if they all vote no, met only if they (enough of them)
 * vote yes, or not met even if they all vote yes; `uncertain` when rounded figures straddle the
 * threshold in the case that decides.
 */
export type ConditionStanding =
  | 'met'
  | 'not_met'
  | 'uncertain'
  | 'met_even_if_undecided_no'
  | 'met_only_if_undecided_yes'
  | 'not_met_even_if_undecided_yes';

/** A standing in one of four tones, the mark every surface gives it: met whatever the undecided do, met only if they vote yes (`open`), not met whatever they do, or too close to call. */
export type StandingTone = 'met' | 'open' | 'not_met' | 'uncertain';

/** @example STANDING_TONE.met_only_if_undecided_yes // 'open' */
export const STANDING_TONE = {
  met: 'met',
  met_even_if_undecided_no: 'met',
  not_met: 'not_met',
  not_met_even_if_undecided_yes: 'not_met',
  met_only_if_undecided_yes: 'open',
  uncertain: 'uncertain',
} as const satisfies Record<ConditionStanding, StandingTone>;

/** One condition in both cases, and the case its standing rests on. */
export interface ConditionCaseClaim {
  readonly id: ConditionId;
  /** Undecided counted not in favour: for members, population and weights, the declared yes votes. */
  readonly worst: ConditionClaim;
  /** Undecided counted in favour: how far the condition could reach. */
  readonly best: ConditionClaim;
  readonly standing: ConditionStanding;
  /** The case whose status the standing states: `actual` without undecided, else `worst` or `best`. */
  readonly case: CaseName;
  /** The condition of that case is deemed met by the blocking-minority clause. */
  readonly deemedMet: boolean;
}

function kindOf(e: Evaluation): BlockingKind {
  const ids = e.conditions.map((c) => c.id);
  if (ids.includes('weights')) return 'weights';
  if (ids.includes('no_objection')) return 'veto';
  return ids.includes('population') ? 'population' : 'none';
}

function blockingOf(e: Evaluation): BlockingClaim {
  const b = e.blockingMinority;
  const kind = kindOf(e);
  const pop = e.conditions.find((c) => c.id === 'population');
  const w = e.conditions.find((c) => c.id === 'weights');
  const members = e.conditions.find((c) => c.id === 'members');
  const enoughMembers = b.requiredMembers === null || b.members >= b.requiredMembers;
  const tooClose = kind === 'population' && pop?.status === 'uncertain' && enoughMembers;
  const route: BlockingRoute | null = kind === 'none' ? null : kind === 'veto' ? 'veto' : kind;
  return {
    kind,
    formed: route !== null && b.routes.includes(route) && !tooClose,
    tooClose,
    stopsOnMembers: b.routes.includes('members'),
    inFavour: e.members.inFavour,
    membersRequired: members?.required ?? null,
    routes: b.routes,
    members: b.members,
    against: e.members.against,
    abstaining: e.members.abstaining,
    population: b.population,
    of: e.population.participating,
    limitPercent: kind === 'population' && pop && pop.of > 0 ? Math.round(10_000 - (pop.required * 10_000) / pop.of) / 100 : null,
    requiredMembers: b.requiredMembers,
    deemed: e.deemedAdopted,
    // Nice: a blocking minority holds more than the total less the threshold (345 - 255 = 90: 91 votes).
    weights: w ? { notInFavour: w.of - w.reached, of: w.of, blocks: w.of - w.required + 1 } : null,
    vetoes: e.members.against,
  };
}

const isMet = (c: ConditionClaim): boolean => c.status === 'met' || c.deemedMet;

/** The standing of one condition from its worst and best case (monotone: met in the worst case is met in the best). */
function conditionCaseOf(worst: ConditionClaim, best: ConditionClaim, undecided: number): ConditionCaseClaim {
  const base = { id: worst.id, worst, best };
  if (undecided === 0) {
    const standing = isMet(worst) ? 'met' : worst.status === 'uncertain' ? 'uncertain' : 'not_met';
    return { ...base, standing, case: 'actual', deemedMet: worst.deemedMet };
  }
  if (isMet(worst)) return { ...base, standing: 'met_even_if_undecided_no', case: 'worst', deemedMet: worst.deemedMet };
  if (worst.status === 'uncertain') return { ...base, standing: 'uncertain', case: 'worst', deemedMet: false };
  const standing = isMet(best) ? 'met_only_if_undecided_yes' : best.status === 'uncertain' ? 'uncertain' : 'not_met_even_if_undecided_yes';
  return { ...base, standing, case: 'best', deemedMet: best.deemedMet };
}

/**
 * The standing of a condition in plain English, for the exports and the command line (the app
 * words it in each language from the same standing).
 * @example standingPhrase('met_only_if_undecided_yes', 3) // "met only if the undecided vote yes"
 */
export function standingPhrase(standing: ConditionStanding, undecided: number): string {
  const they = undecided === 1 ? 'the undecided member votes' : `all ${undecided} undecided members vote`;
  switch (standing) {
    case 'met':
      return 'met';
    case 'not_met':
      return 'not met';
    case 'uncertain':
      return 'too close to call';
    case 'met_even_if_undecided_no':
      return `met even if ${they} no`;
    case 'met_only_if_undecided_yes':
      return `met only if ${undecided === 1 ? 'the undecided member votes' : 'the undecided vote'} yes`;
    case 'not_met_even_if_undecided_yes':
      return `not met even if ${they} yes`;
    default:
      return assertNever(standing);
  }
}

function caseOf(e: Evaluation, name: CaseName): CaseClaims {
  const m = marginsOf(e);
  const deemed = e.deemedAdopted;
  const blocking = blockingOf(e);
  const pop = e.conditions.find((c) => c.id === 'population');
  const w = e.conditions.find((c) => c.id === 'weights');
  const popClose = pop?.status === 'uncertain';
  const plain = deemed || popClose;
  const blockingMargin = (): MarginClaims['blocking'] => {
    if (!e.adopted || deemed || blocking.tooClose) return null;
    if (blocking.weights) return { membersNeeded: 0, populationNeeded: 0, votesNeeded: Math.max(0, blocking.weights.blocks - blocking.weights.notInFavour) };
    return m.blocking && { ...m.blocking, votesNeeded: 0 };
  };
  return {
    name,
    adopted: e.adopted,
    members: e.members,
    population: e.population,
    conditions: e.conditions.map((c) => ({ ...c, deemedMet: deemed && c.id === 'population' && c.margin < 0 })),
    blocking,
    margins: {
      membersShort: m.membersShort,
      membersSpare: m.membersSpare,
      populationShort: plain ? null : m.populationShort,
      populationSpare: plain ? null : m.populationSpare,
      populationPoints: m.populationPoints,
      populationDeemed: deemed,
      populationTooClose: popClose && !deemed,
      weightsShort: w ? Math.max(0, -w.margin) : null,
      weightsSpare: w ? Math.max(0, w.margin) : null,
      blocking: blockingMargin(),
    },
    tooCloseToCall: e.tooCloseToCall,
  };
}

/**
 * The claims about a verdict, from the outcome of evaluate() alone (Art. 16(4) TEU, Art. 238 TFEU).
 * @example claimsOf(outcome).key.conditions[0].status // 'met'
 * @example claimsOf(outcome).actual.inFavour // 2: only the declared yes votes
 */
export function claimsOf(o: Outcome): Claims {
  const settledName = (n: 'best' | 'worst'): CaseName => (o.undecided.length === 0 ? 'actual' : n);
  const best = caseOf(o.best, settledName('best'));
  const worst = caseOf(o.worst, settledName('worst'));
  const key = o.verdict === 'not_adopted' ? best : worst;
  return {
    verdict: o.verdict,
    call: o.verdict !== 'undetermined' && o.tooCloseToCall ? 'too_close' : o.verdict,
    undecided: o.undecided.length,
    actual: {
      inFavour: o.worst.members.inFavour,
      against: o.best.members.against,
      abstaining: o.best.members.abstaining,
      participating: o.worst.members.participating,
      populationInFavour: o.worst.population.inFavour,
      populationParticipating: o.worst.population.participating,
    },
    key,
    best,
    worst,
    declaredBlocking: best.blocking,
    conditionCases: worst.conditions.map((w, i) => conditionCaseOf(w, best.conditions[i] ?? w, o.undecided.length)),
    tooCloseToCall: o.tooCloseToCall,
  };
}
