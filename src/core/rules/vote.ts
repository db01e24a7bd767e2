/**
 * The vocabulary of a vote: positions, rules and the electorate that votes.
 */
import type { CodeKey, CountryCode } from './countries';

/**
 * How a member stands. `absent` means not participating (opt-out, outside an enhanced
 * cooperation): it leaves every denominator. `undecided` is not a treaty category; the engine
 * never counts it for or against but reports the best and worst case.
 */
export const POSITIONS = ['yes', 'no', 'abstain', 'absent', 'undecided'] as const;
export type Position = (typeof POSITIONS)[number];
/** A position once the undecided have made up their minds. */
export type DecidedPosition = Exclude<Position, 'undecided'>;

export function isPosition(x: unknown): x is Position {
  return typeof x === 'string' && (POSITIONS as readonly string[]).includes(x);
}

export const RULE_IDS = ['qmv', 'reinforced', 'simple', 'unanimity', 'nice'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(x: unknown): x is RuleId {
  return typeof x === 'string' && (RULE_IDS as readonly string[]).includes(x);
}

/**
 * Custom thresholds for what-if analysis, modelled on Art. 16(4) TEU / Art. 238(3) TFEU. Build
 * one with `customRule` (src/core/rules/customRule.ts), which checks every field. Not a scenario rule:
 * it is not in `RULE_IDS`, links or saved scenarios.
 */
export interface CustomRule {
  readonly kind: 'custom';
  /** Whole percent of the participating members that must be in favour (0-100). */
  readonly memberPct: number;
  /** Whole percent of the participants' population; null for no population condition. */
  readonly populationPct: number | null;
  /** A floor on the members in favour, like the "at least fifteen" of Art. 16(4) TEU. */
  readonly minMembers: number;
  /** Fewer members not in favour can never block; null for no such clause. */
  readonly blockingMembers: number | null;
}

/** A voting rule. Only the Nice rule and custom thresholds have options; the others are fixed by the treaties. */
export type Rule =
  | { readonly kind: 'qmv' }
  | { readonly kind: 'reinforced' }
  | { readonly kind: 'simple' }
  | { readonly kind: 'unanimity' }
  | {
      readonly kind: 'nice';
      /** On a Commission proposal a majority of members suffices; otherwise two thirds. */
      readonly commissionProposal: boolean;
      /** A member asked to verify that the majority represents at least 62 % of the population. */
      readonly populationCheck: boolean;
    }
  | CustomRule;

export const RULE_LABELS: Readonly<Record<RuleId, string>> = {
  qmv: 'Qualified majority',
  reinforced: 'Reinforced qualified majority',
  simple: 'Simple majority',
  unanimity: 'Unanimity',
  nice: 'Nice weighted votes (until 2014)',
};

/** The rule with its default options. */
export function ruleOf(id: RuleId): Rule {
  return id === 'nice' ? { kind: 'nice', commissionProposal: true, populationCheck: true } : { kind: id };
}

/**
 * One member of the Council as the engine sees it. Populations are whole persons.
 * `low`/`high` bound the true figure when the dataset only gives rounded percentages;
 * for exact figures they equal `population`.
 */
export interface Voter {
  readonly code: CountryCode;
  readonly population: number;
  readonly low: number;
  readonly high: number;
  /** Nice weighted votes, where defined. */
  readonly weight?: number;
}

/** Positions by member; a member missing from the map is undecided. */
export type Positions = Readonly<Partial<Record<CodeKey, Position>>>;
