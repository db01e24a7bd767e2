/**
 * A scenario: the inputs of a vote (dataset, rule, positions). Everything loaded from outside
 * (a share link, storage, a file) passes through {@link restoreScenario}.
 */
import { quote, clip } from '../format';
import { findDataset, DEFAULT_DATASET_ID, electorateOf } from '../data/datasets';
import { evaluate } from '../rules/evaluate';
import type { Outcome } from '../rules/outcome';
import type { CodeKey } from '../rules/countries';
import type { DatasetId } from '../data/dataset';
import { err, ok, type Result } from '../result';
import { isPosition, isRuleId, ruleOf, type Position, type RuleId } from '../rules/vote';

export const SCENARIO_VERSION = 1;

export interface Scenario {
  readonly datasetId: DatasetId;
  readonly rule: RuleId;
  /** One position for every member of the dataset. */
  readonly positions: Readonly<Partial<Record<CodeKey, Position>>>;
  readonly name?: string;
  /** Free text on the whole scenario ("Coreper 8 October"). */
  readonly note?: string;
  /** Free text per member ("scrutiny reservation", "minister to decide on Thursday"). */
  readonly memberNotes?: Readonly<Partial<Record<CodeKey, string>>>;
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
 * The one gate for untrusted scenarios: validates the dataset, the rule and every position,
 * fills members left out with `undecided`, drops unknown keys, and names what is wrong.
 * @example restoreScenario({ datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'no' } })
 */
export function restoreScenario(raw: unknown): Result<Scenario> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid('The scenario is not an object.');
  const r = raw as Record<string, unknown>;
  const version = r.version ?? SCENARIO_VERSION;
  if (version !== SCENARIO_VERSION) return invalid(`Unknown scenario version ${quote(version)}.`, 'version');
  const ds = findDataset(String(r.datasetId ?? ''));
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
  return ok({ datasetId: ds.value.id, rule: r.rule, positions, ...texts.value });
}

type Texts = Pick<Scenario, 'name' | 'note' | 'memberNotes'>;

function restoreTexts(r: Record<string, unknown>, members: ReadonlySet<string>): Result<Texts> {
  const out: { name?: string; note?: string; memberNotes?: Record<string, string> } = {};
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
    const kept: Record<string, string> = {};
    for (const [code, text] of Object.entries(notes)) {
      if (!members.has(code)) return invalid(`A note is attached to ${clip(code)}, which is not a member.`, `memberNotes.${clip(code)}`);
      if (typeof text !== 'string' || text.length > NOTE_MAX) return invalid(`The note on ${code} must be text of at most ${NOTE_MAX} characters.`, `memberNotes.${code}`);
      if (text) kept[code] = text;
    }
    if (Object.keys(kept).length) out.memberNotes = kept;
  }
  return ok(out as Texts);
}

/**
 * The outcome of a scenario: its dataset's members vote under its rule.
 * @example outcomeOf(uniformScenario('council-2025', 'yes')) // ok({ verdict: 'adopted', … })
 */
export function outcomeOf(s: Scenario): Result<Outcome> {
  const ds = findDataset(s.datasetId);
  if (!ds.ok) return ds;
  return evaluate(electorateOf(ds.value), s.positions, ruleOf(s.rule));
}
