/**
 * The JSON the command line prints: a documented, stable interface (docs/cli.md). Fields may be
 * added in a minor release; none is renamed or removed without a new `formatVersion`.
 */
import { countryName, protocolIndex, type CountryCode } from '../core/rules/countries';
import { allDatasets, DEFAULT_DATASET_ID } from '../core/data/datasets';
import { figuresStatus, figuresStatusText } from '../core/scenario/voteDate';
import type { Confidence, Dataset, DatasetId } from '../core/data/dataset';
import { claimsOf, type BlockingClaim, type CaseClaims, type CaseName, type Claims, type ConditionCaseClaim, type ConditionStanding } from '../core/rules/claims';
import type { BlockingRoute, ConditionId, Outcome, Verdict } from '../core/rules/outcome';
import type { ConditionStatus } from '../core/rules/populationBounds';
import type { CustomRule, Position, RuleId } from '../core/rules/vote';
import type { EvaluateRequest } from './args';
import { RULE_INFOS, ruleInfo } from './ruleInfo';

export const JSON_FORMAT_VERSION = 1;

export interface DatasetJson {
  readonly id: DatasetId;
  readonly label: string;
  readonly role: 'council' | 'candidates';
  readonly period: { readonly from: string; readonly to: string };
  readonly figures: 'persons' | 'percentages';
  /** How many members. */
  readonly members: number;
  /** Persons, the Union total of the dataset. */
  readonly total: number;
  readonly confidence: Confidence;
  readonly outdated: boolean;
  /** The dataset `evaluate` uses without `--dataset`. */
  readonly default: boolean;
  readonly source: string;
  readonly address: string;
}

export interface RuleJson {
  readonly id: RuleId | 'custom';
  readonly label: string;
  readonly article: string;
  readonly summary: string;
}

export interface MembersJson {
  readonly inFavour: number;
  readonly against: number;
  readonly abstaining: number;
  /** Members taking part; absent (non-participating) members are outside every denominator. */
  readonly participating: number;
  readonly absent: number;
  /** Members required in favour; null where the rule does not count them (unanimity). */
  readonly required: number | null;
}

export interface PopulationJson {
  /** Persons, integers. */
  readonly inFavour: number;
  readonly participating: number;
  /** Persons required in favour; null where the rule does not count population. */
  readonly required: number | null;
  /** inFavour / participating as a fraction 0-1 (null when nobody participates). For display only. */
  readonly inFavourShare: number | null;
}

export interface BlockingMinorityJson {
  /** The rule's blocking minority is formed (Art. 16(4) TEU: more than 35 % with enough members; Nice: weighted votes), outside the rounding band. */
  readonly exists: boolean;
  /** The population blocking minority lies within the rounding of percent-only figures. */
  readonly tooClose: boolean;
  /** The act falls on the member condition, which is not a blocking minority. */
  readonly stopsOnMembers: boolean;
  /** How the act is blocked: 'members', 'population', 'weights' or 'veto'; empty when adopted. */
  readonly routes: readonly BlockingRoute[];
  /** Participating members not in favour (against or abstaining). */
  readonly members: number;
  /** Their population in persons. */
  readonly population: number;
  readonly populationShare: number | null;
  /** Fewest members a population blocking minority needs (4, or k + 1 under Art. 238(3)(a)); null if no such clause. */
  readonly requiredMembers: number | null;
}

/** One complete case: every undecided member counted against (`worst`) or in favour (`best`). */
export interface CaseJson {
  readonly adopted: boolean;
  readonly members: MembersJson;
  readonly population: PopulationJson;
  readonly blockingMinority: BlockingMinorityJson;
  readonly deemedAdopted: boolean;
  readonly tooCloseToCall: boolean;
}

export interface ConditionJson {
  readonly id: ConditionId;
  readonly label: string;
  readonly status: ConditionStatus;
  readonly reached: number;
  readonly required: number;
  readonly of: number;
  readonly margin: number;
  /** Not met, but deemed met: fewer members not in favour than a blocking minority needs (worst case). */
  readonly deemedMet: boolean;
  /** How the condition stands whatever the undecided do (see docs/cli.md). */
  readonly standing: ConditionStanding;
  /** The case the standing rests on: `actual` without undecided members, else `worst` or `best`. */
  readonly case: CaseName;
}

export interface PivotJson {
  readonly code: CountryCode;
  readonly name: string;
  readonly from: Position;
  readonly to: Position;
  readonly verdict: Verdict;
}

export interface EvaluationJson {
  readonly formatVersion: typeof JSON_FORMAT_VERSION;
  readonly verdict: Verdict;
  readonly rule: RuleId | 'custom';
  readonly dataset: DatasetId;
  /** Present with --population: the replaced populations, whole persons by code. */
  readonly populations?: Readonly<Record<string, number>>;
  /** From the `worst` case: undecided members counted as not in favour. */
  readonly members: MembersJson;
  readonly population: PopulationJson;
  readonly blockingMinority: BlockingMinorityJson;
  readonly deemedAdopted: boolean;
  /** True when the rounding of a percentages dataset could change the verdict (either case). */
  readonly tooCloseToCall: boolean;
  /** The case that settles the verdict: `actual` without undecided, else `worst` (adopted, undetermined) or `best` (not adopted). */
  readonly case: CaseName;
  /** The vote as declared: undecided members neither in favour nor against. */
  readonly declared: Claims['actual'];
  readonly undecided: readonly CountryCode[];
  /** Present only when some members are undecided. */
  readonly best?: CaseJson;
  readonly worst?: CaseJson;
  readonly pivots: readonly PivotJson[];
  readonly conditions: readonly ConditionJson[];
  /** Every member's position, in Council protocol order. */
  readonly positions: Readonly<Record<string, Position>>;
  readonly ruleInfo: RuleJson & {
    readonly options?:
      | { readonly commissionProposal: boolean; readonly populationCheck: boolean }
      | { readonly memberPct: number; readonly populationPct: number; readonly minMembers: number; readonly blockingMembers: number };
  };
  /** Present when the vote has a date (--date, or the scenario's). */
  readonly date?: string;
  /** With `date`: the dataset against it, and the sentence the app shows beside the verdict. */
  readonly figuresOnDate?: {
    readonly status: 'inForce' | 'nearest' | 'other';
    /** With `other`: the table of the date (in force, else the nearest). */
    readonly expected?: DatasetId;
    readonly text: string;
  };
  readonly datasetInfo: {
    readonly id: DatasetId;
    readonly label: string;
    readonly confidence: Confidence;
    readonly figures: 'persons' | 'percentages';
    readonly period: { readonly from: string; readonly to: string };
    readonly outdated: boolean;
    readonly source: string;
    readonly address: string;
  };
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function datasetJson(d: Dataset): DatasetJson {
  return {
    id: d.id,
    label: d.label,
    role: d.role,
    period: d.period,
    figures: d.figures,
    members: d.members.length,
    total: d.total,
    confidence: d.provenance.confidence,
    outdated: d.outdated,
    default: d.id === DEFAULT_DATASET_ID,
    source: d.provenance.source,
    address: d.provenance.address,
  };
}

export function rulesJson(): RuleJson[] {
  return RULE_INFOS.map((r) => ({ ...r }));
}

function blockingJson(b: BlockingClaim): BlockingMinorityJson {
  return {
    exists: b.formed,
    tooClose: b.tooClose,
    stopsOnMembers: b.stopsOnMembers,
    routes: b.routes,
    members: b.members,
    population: b.population,
    populationShare: share(b.population, b.of),
    requiredMembers: b.requiredMembers,
  };
}

function caseJson(c: CaseClaims, size: number): CaseJson {
  return {
    adopted: c.adopted,
    members: { ...c.members, absent: size - c.members.participating },
    population: { ...c.population, inFavourShare: share(c.population.inFavour, c.population.participating) },
    blockingMinority: blockingJson(c.blocking),
    deemedAdopted: c.blocking.deemed,
    tooCloseToCall: c.tooCloseToCall,
  };
}

/** A worst-case condition (as before), with its standing against the undecided. */
const conditionJson = ({ worst: c, standing, case: caseName }: ConditionCaseClaim): ConditionJson => ({
  id: c.id,
  label: c.label,
  status: c.status,
  reached: c.reached,
  required: c.required,
  of: c.of,
  margin: c.margin,
  deemedMet: c.deemedMet,
  standing,
  case: caseName,
});

/** The thresholds of `--rule custom`, as given (0 for a blank population share or blocking minority). */
export function customOptions(rule: CustomRule) {
  const { memberPct, populationPct, minMembers, blockingMembers } = rule;
  return { memberPct, populationPct: populationPct ?? 0, minMembers, blockingMembers: blockingMembers ?? 0 };
}

/** The date of the vote and the figures against it, from the dataset evaluated (empty without a date). */
function dateJson(req: EvaluateRequest): Pick<EvaluationJson, 'date' | 'figuresOnDate'> {
  if (req.date === undefined) return {};
  const st = figuresStatus({ datasetId: req.dataset.id, positions: req.positions, date: req.date }, allDatasets());
  if (!st || st.kind === 'undated') return { date: req.date };
  return { date: req.date, figuresOnDate: { status: st.kind, ...(st.kind === 'other' ? { expected: st.expected.id } : {}), text: figuresStatusText(st) } };
}

/** The `evaluate --json` document. The headline numbers are the worst case (see docs/cli.md). */
export function evaluationJson(req: EvaluateRequest, outcome: Outcome): EvaluationJson {
  // Every verdict figure from the claims, as every other surface takes them.
  const claims = claimsOf(outcome);
  const size = req.dataset.members.length;
  const worst = caseJson(claims.worst, size);
  const info = ruleInfo(req.rule);
  const codes = req.dataset.members.map((m) => m.code).sort((a, b) => protocolIndex(a) - protocolIndex(b));
  return {
    formatVersion: JSON_FORMAT_VERSION,
    verdict: claims.verdict,
    rule: req.rule.kind,
    dataset: req.dataset.id,
    ...(Object.keys(req.populations).length ? { populations: req.populations } : {}),
    members: worst.members,
    population: worst.population,
    blockingMinority: worst.blockingMinority,
    deemedAdopted: worst.deemedAdopted,
    tooCloseToCall: claims.tooCloseToCall,
    case: claims.key.name,
    declared: claims.actual,
    undecided: outcome.undecided,
    ...(claims.undecided > 0 ? { best: caseJson(claims.best, size), worst } : {}),
    pivots: outcome.pivots.map((p) => ({
      code: p.code,
      name: countryName(p.code),
      from: p.from,
      to: p.to,
      verdict: p.verdict,
    })),
    conditions: claims.conditionCases.map(conditionJson),
    positions: Object.fromEntries(codes.map((c) => [c, req.positions[c] ?? 'undecided'])),
    ruleInfo: {
      ...info,
      ...(req.rule.kind === 'nice'
        ? { options: { commissionProposal: req.rule.commissionProposal, populationCheck: req.rule.populationCheck } }
        : req.rule.kind === 'custom'
          ? { options: customOptions(req.rule) }
          : {}),
    },
    ...dateJson(req),
    datasetInfo: {
      id: req.dataset.id,
      label: req.dataset.label,
      confidence: req.dataset.provenance.confidence,
      figures: req.dataset.figures,
      period: req.dataset.period,
      outdated: req.dataset.outdated,
      source: req.dataset.provenance.source,
      address: req.dataset.provenance.address,
    },
  };
}
