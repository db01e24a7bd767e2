/**
 * A scenario: the inputs of a vote (dataset, rule, positions). Everything loaded from outside
 * (a share link, storage, a file) passes through the gate in ./scenarioGate.ts.
 */
import { findDataset, DEFAULT_DATASET_ID, electorateOf } from '../data/datasets';
import { evaluate } from '../rules/evaluate';
import type { Outcome } from '../rules/outcome';
import type { CodeKey } from '../rules/countries';
import type { Dataset, DatasetId } from '../data/dataset';
import type { Result } from '../result';
import { ruleOf, type Position, type RuleId } from '../rules/vote';

/** 2: member notes record the position they were written for (see migrate.ts). */
export const SCENARIO_VERSION = 2;

/**
 * A note on one member and the position the member had when the note was written. A note is
 * "written for another position" when that differs from the member's position now; this is
 * derived ({@link noteWrittenFor}), never stored.
 */
export interface MemberNote {
  readonly text: string;
  readonly position: Position;
}

export interface Scenario {
  readonly datasetId: DatasetId;
  readonly rule: RuleId;
  /** One position for every member of the dataset. */
  readonly positions: Readonly<Partial<Record<CodeKey, Position>>>;
  readonly name?: string;
  /** Free text on the whole scenario ("Coreper 8 October"). */
  readonly note?: string;
  /** Free text per member ("scrutiny reservation", "minister to decide on Thursday"), with the position it was written for. */
  readonly memberNotes?: Readonly<Partial<Record<CodeKey, MemberNote>>>;
  /**
   * The date of the vote (YYYY-MM-DD): the figures default to the table in force that day (see
   * voteDate.ts). Absent in scenarios saved or shared before dates existed: no date set, and
   * their chosen figures are kept as they were.
   */
  readonly date?: string;
}

export const NAME_MAX = 200;
export const NOTE_MAX = 5000;

/** A scenario on a dataset with every member set to one position. */
export function uniformScenario(datasetId: string = DEFAULT_DATASET_ID, position: Position = 'undecided', rule: RuleId = 'qmv'): Scenario {
  const ds = findDataset(datasetId);
  const fallback = findDataset(DEFAULT_DATASET_ID);
  const d = ds.ok ? ds.value : fallback.ok ? fallback.value : undefined;
  if (!d) throw new Error('The default dataset is missing.');
  return { datasetId: d.id, rule, positions: Object.fromEntries(d.members.map((m) => [m.code, position])) };
}

/**
 * The position a member's note was written for, when the member has another position now;
 * undefined when the note still fits or there is no note.
 * @example noteWrittenFor({ ...s, positions: { DE: 'yes' }, memberNotes: { DE: { text: 'Against.', position: 'no' } } }, 'DE') // 'no'
 */
export function noteWrittenFor(s: Scenario, code: CodeKey): Position | undefined {
  const note = s.memberNotes?.[code];
  if (!note) return undefined;
  return note.position === (s.positions[code] ?? 'undecided') ? undefined : note.position;
}

/**
 * The outcome of a scenario: its dataset's members vote under its rule. `extra`: datasets to find
 * besides the shipped and added ones (as for findDataset).
 * @example outcomeOf(uniformScenario('council-2025', 'yes')) // ok({ verdict: 'adopted', … })
 */
export function outcomeOf(s: Scenario, extra: readonly Dataset[] = []): Result<Outcome> {
  const ds = findDataset(s.datasetId, extra);
  if (!ds.ok) return ds;
  return evaluate(electorateOf(ds.value), s.positions, ruleOf(s.rule));
}
