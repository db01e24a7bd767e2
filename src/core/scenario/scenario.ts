/**
 * A scenario: the inputs of a vote (dataset, rule, positions). Everything loaded from outside
 * (a share link, storage, a file) passes through {@link restoreScenario}.
 */
import { quote, clip } from '../format';
import { findDataset, DEFAULT_DATASET_ID, electorateOf } from '../data/datasets';
import { voteDateProblem } from '../data/period';
import { evaluate } from '../rules/evaluate';
import type { Outcome } from '../rules/outcome';
import type { CodeKey } from '../rules/countries';
import type { Dataset, DatasetId } from '../data/dataset';
import { err, ok, type Result } from '../result';
import { migrate, SCENARIO_MIGRATIONS } from './migrate';
import { isPosition, isRuleId, ruleOf, type Position, type RuleId } from '../rules/vote';

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

const invalid = (message: string, path?: string): Result<never> =>
  err({ code: 'scenario.invalid', message, ...(path ? { path } : {}) });

/** A scenario on a dataset with every member set to one position. */
export function uniformScenario(datasetId: string = DEFAULT_DATASET_ID, position: Position = 'undecided', rule: RuleId = 'qmv'): Scenario {
  const ds = findDataset(datasetId);
  const fallback = findDataset(DEFAULT_DATASET_ID);
  const d = ds.ok ? ds.value : fallback.ok ? fallback.value : undefined;
  if (!d) throw new Error('The default dataset is missing.');
  return { datasetId: d.id, rule, positions: Object.fromEntries(d.members.map((m) => [m.code, position])) };
}

/**
 * The one gate for untrusted scenarios: validates the dataset, the rule, every position and the
 * date of the vote, fills members left out with `undecided`, drops unknown keys, and names what
 * is wrong. `extra`: figures that came with the scenario (a link, a file) and are not stored yet.
 * @example restoreScenario({ datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'no' } })
 */
export function restoreScenario(raw: unknown, extra: readonly Dataset[] = []): Result<Scenario> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid('The scenario is not an object.');
  const payload = raw as Record<string, unknown>;
  const migrated = migrate(payload.version ?? SCENARIO_VERSION, payload, SCENARIO_MIGRATIONS, SCENARIO_VERSION, 'scenario');
  if (!migrated.ok) return invalid(migrated.error.message, 'version');
  const r = migrated.value;
  const ds = findDataset(String(r.datasetId ?? ''), extra);
  if (!ds.ok) return invalid(ds.error.message, 'datasetId');
  if (ds.value.role !== 'council') return invalid(`"${ds.value.id}" is not a Council dataset.`, 'datasetId');
  if (!isRuleId(r.rule)) return invalid(`Unknown voting rule ${quote(r.rule)}.`, 'rule');
  const given = r.positions;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return invalid('The positions are missing.', 'positions');
  const members = new Set<string>(ds.value.members.map((m) => m.code));
  for (const [code, p] of Object.entries(given)) {
    if (!members.has(code)) return invalid(`${clip(code)} is not a member in ${ds.value.label}.`, `positions.${clip(code)}`);
    if (!isPosition(p)) return invalid(`Unknown position ${quote(p)} for ${code}.`, `positions.${code}`);
  }
  const positions = Object.fromEntries(
    ds.value.members.map((m) => [m.code, (given as Record<string, Position>)[m.code] ?? 'undecided']),
  );
  const texts = restoreTexts(r, members);
  if (!texts.ok) return texts;
  // No date (or an empty one) is "no date set"; anything else must be a day the app can place.
  const date = r.date === undefined || r.date === '' ? undefined : r.date;
  const problem = date === undefined ? undefined : voteDateProblem(date);
  if (problem) return invalid(problem, 'date');
  return ok({ datasetId: ds.value.id, rule: r.rule, positions, ...texts.value, ...(date === undefined ? {} : { date: date as string }) });
}

type Texts = Pick<Scenario, 'name' | 'note' | 'memberNotes'>;

function restoreTexts(r: Record<string, unknown>, members: ReadonlySet<string>): Result<Texts> {
  const out: { name?: string; note?: string; memberNotes?: Record<string, MemberNote> } = {};
  for (const [key, max] of [['name', NAME_MAX], ['note', NOTE_MAX]] as const) {
    const v = r[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') return invalid(`The ${key} must be text.`, key);
    if (v.length > max) return invalid(`The ${key} is longer than ${max} characters.`, key);
    out[key] = v;
  }
  const notes = r.memberNotes;
  if (notes !== undefined) {
    if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) return invalid('The member notes must be an object.', 'memberNotes');
    const kept: Record<string, MemberNote> = {};
    for (const [code, note] of Object.entries(notes)) {
      if (!members.has(code)) return invalid(`A note is attached to ${clip(code)}, which is not a member.`, `memberNotes.${clip(code)}`);
      if (typeof note !== 'object' || note === null || Array.isArray(note)) return invalid(`The note on ${code} must be an object { text, position }.`, `memberNotes.${code}`);
      const { text, position } = note as Record<string, unknown>;
      if (typeof text !== 'string' || text.length > NOTE_MAX) return invalid(`The note on ${code} must be text of at most ${NOTE_MAX} characters.`, `memberNotes.${code}.text`);
      if (!isPosition(position)) return invalid(`The note on ${code} was written for an unknown position ${quote(position)}.`, `memberNotes.${code}.position`);
      if (text) kept[code] = { text, position };
    }
    if (Object.keys(kept).length) out.memberNotes = kept;
  }
  return ok(out as Texts);
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
