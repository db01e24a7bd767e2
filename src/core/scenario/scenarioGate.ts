/**
 * The one gate for untrusted scenarios (a share link, storage, a file, a preset): apart from the
 * scenario itself so the first screen, which only builds scenarios of its own, does not carry it.
 */
import { quote, clip } from '../format';
import { findDataset } from '../data/datasets';
import { voteDateProblem } from '../data/period';
import type { Dataset } from '../data/dataset';
import { err, ok, type Result } from '../result';
import { migrate, SCENARIO_MIGRATIONS } from './migrate';
import { isPosition, isRuleId, type Position } from '../rules/vote';
import { NAME_MAX, NOTE_MAX, SCENARIO_VERSION, type MemberNote, type Scenario } from './scenario';

const invalid = (message: string, path?: string): Result<never> =>
  err({ code: 'scenario.invalid', message, ...(path ? { path } : {}) });

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

