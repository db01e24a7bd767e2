/**
 * What the engine says about a vote: the verdict and why.
 */
import type { CountryCode } from './countries';
import type { ConditionStatus } from './populationBounds';
import type { Position, Rule } from './vote';

export type Verdict = 'adopted' | 'not_adopted' | 'undetermined';

export type ConditionId = 'members' | 'population' | 'weights' | 'no_objection';

/** One condition of a rule, with its numbers. `margin >= 0` exactly when it is met. */
export interface Condition {
  readonly id: ConditionId;
  /** What the treaty asks, in words: "at least 55 % of members, at least 15". */
  readonly label: string;
  readonly status: ConditionStatus;
  /** Members, persons or weighted votes in favour (for `no_objection`: members against). */
  readonly reached: number;
  /** The threshold: at least this many (for `no_objection`: at most this many). */
  readonly required: number;
  /** The denominator: participating members, their population, or their weighted votes. */
  readonly of: number;
  /** Signed distance to the threshold in the condition's unit; >= 0 when met. */
  readonly margin: number;
}

export type BlockingRoute = 'members' | 'population' | 'weights' | 'veto';

export interface BlockingMinority {
  readonly exists: boolean;
  readonly routes: readonly BlockingRoute[];
  /** Participating members not in favour (against, abstaining). */
  readonly members: number;
  /** Their population in persons. */
  readonly population: number;
  /**
   * The fewest members a population blocking minority must have: 4 in the full Council
   * (Art. 16(4) TEU), k + 1 with non-participants (Art. 238(3)(a) TFEU); null where the rule
   * has no such clause.
   */
  readonly requiredMembers: number | null;
}

/** The evaluation of one complete set of positions (no undecided left). */
export interface Evaluation {
  readonly adopted: boolean;
  readonly conditions: readonly Condition[];
  readonly members: {
    readonly inFavour: number;
    readonly against: number;
    readonly abstaining: number;
    readonly participating: number;
    /** Members required in favour, where the rule counts members. */
    readonly required: number | null;
  };
  readonly population: {
    readonly inFavour: number;
    readonly participating: number;
    /** Persons required in favour, where the rule counts population. */
    readonly required: number | null;
  };
  readonly blockingMinority: BlockingMinority;
  /** Adopted only because a blocking minority lacks its minimum number of members. */
  readonly deemedAdopted: boolean;
  /** The figures' rounding leaves the verdict open. */
  readonly tooCloseToCall: boolean;
}

/** A single member whose change of side alone changes the verdict. */
export interface Pivot {
  readonly code: CountryCode;
  readonly from: Position;
  readonly to: Position;
  readonly verdict: Verdict;
}

export interface Outcome {
  readonly verdict: Verdict;
  readonly rule: Rule;
  /** Every undecided member votes no: what is secured. */
  readonly worst: Evaluation;
  /** Every undecided member votes yes: what is possible. */
  readonly best: Evaluation;
  readonly undecided: readonly CountryCode[];
  readonly pivots: readonly Pivot[];
  readonly tooCloseToCall: boolean;
}
