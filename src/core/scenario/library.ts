/**
 * The scenario library: saved scenarios, their file format, and the import gate. Everything
 * loaded (browser storage, an imported file) goes through {@link restoreLibrary} or
 * {@link parseImport}, which validate every scenario with `restoreScenario`.
 *
 * Files carry the figures the user added that their scenarios may use (`figures`: a list of
 * dataset files, as data/datasets/*.json). The part is optional and needs no new version: a file
 * without it reads as before, and an older version of the app ignores it and names the unknown
 * figures, as it always did.
 */
import { quote, clip } from '../format';
import { addedDatasetJson } from '../data/addedFigures';
import { admitFigures, isAddedDataset, type CarriedFigures } from '../data/carriedFigures';
import type { Dataset } from '../data/dataset';
import { allDatasets, findDataset } from '../data/datasets';
import { LIBRARY_MIGRATIONS, migrate, SCENARIO_FILE_MIGRATIONS } from './migrate';
import { err, ok, type Result } from '../result';
import { type Scenario } from './scenario';
import { restoreScenario } from './scenarioGate';

/** 2: member notes record the position they were written for (migration in migrate.ts). */
export const LIBRARY_VERSION = 2;
/** 2: member notes record the position they were written for (migration in migrate.ts). */
export const SCENARIO_FILE_VERSION = 2;

export interface SavedScenario {
  readonly id: string;
  readonly scenario: Scenario;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Library {
  readonly version: typeof LIBRARY_VERSION;
  readonly scenarios: readonly SavedScenario[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isTime = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));

function invalid(message: string, path?: string): Result<never> {
  return err({ code: 'import.invalid', message, ...(path ? { path } : {}) });
}

/**
 * The gate for one saved scenario (stored on its own, or the `i`-th of a library file).
 * @example restoreSaved(JSON.parse(storedText), 0)
 */
export function restoreSaved(raw: unknown, i: number, extra: readonly Dataset[] = []): Result<SavedScenario> {
  const where = `scenario ${i + 1}`;
  if (!isObject(raw)) return invalid(`The ${where} is not an object.`, `scenarios[${i}]`);
  const named = isObject(raw.scenario) && typeof raw.scenario.name === 'string' ? `${where} (${quote(raw.scenario.name)})` : `the ${where}`;
  if (typeof raw.id !== 'string' || !raw.id) return invalid(`In ${named}: the id is missing.`, `scenarios[${i}].id`);
  if (!isTime(raw.createdAt) || !isTime(raw.updatedAt)) return invalid(`In ${named}: the dates are missing or malformed.`, `scenarios[${i}].updatedAt`);
  const s = restoreScenario(raw.scenario, extra);
  if (!s.ok) return invalid(`In ${named}: ${s.error.message}`, `scenarios[${i}].scenario${s.error.path ? `.${s.error.path}` : ''}`);
  return ok({ id: raw.id, scenario: s.value, createdAt: raw.createdAt, updatedAt: raw.updatedAt });
}

/**
 * The gate for a stored or imported library: migrates old versions, validates every scenario,
 * refuses duplicates, and names the scenario and field at fault. `extra`: figures that came with
 * the file and are not stored yet.
 * @example restoreLibrary(JSON.parse(storedText))
 */
export function restoreLibrary(raw: unknown, extra: readonly Dataset[] = []): Result<Library> {
  if (!isObject(raw)) return invalid('The library is not an object.');
  const migrated = migrate(raw.version, raw, LIBRARY_MIGRATIONS, LIBRARY_VERSION, 'library');
  if (!migrated.ok) return migrated;
  const list = migrated.value.scenarios;
  if (!Array.isArray(list)) return invalid('The library has no list of scenarios.', 'scenarios');
  const scenarios: SavedScenario[] = [];
  for (const [i, item] of list.entries()) {
    const s = restoreSaved(item, i, extra);
    if (!s.ok) return s;
    if (scenarios.some((x) => x.id === s.value.id)) return invalid(`Scenario ${i + 1} repeats the id ${quote(s.value.id)}.`, `scenarios[${i}].id`);
    scenarios.push(s.value);
  }
  return ok({ version: LIBRARY_VERSION, scenarios });
}

/** What a file holds, with the added figures it carried (`new` ones are for the caller to store). */
export type Imported = ({ readonly kind: 'scenario'; readonly scenario: Scenario } | { readonly kind: 'library'; readonly library: Library }) & {
  readonly figures: readonly CarriedFigures[];
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The figures a file carries, each checked against the receiver's tables and those before it. */
function carriedIn(raw: Record<string, unknown>, known: readonly Dataset[]): Result<CarriedFigures[]> {
  const list = raw.figures;
  if (list === undefined) return ok([]);
  if (!Array.isArray(list)) return invalid('The population figures in the file must be a list of tables.', 'figures');
  const out: CarriedFigures[] = [];
  for (const [i, item] of list.entries()) {
    const where = list.length === 1 ? 'the population figures in this file' : `the population figures no. ${i + 1} in this file`;
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    if (id !== undefined && out.some((f) => f.dataset.id === id)) return invalid(`The file lists the population figures ${quote(id)} twice.`, `figures[${i}]`);
    const c = admitFigures(item, { via: 'file', where, known, earlier: out.map((f) => f.dataset) });
    if (!c.ok) return invalid(capital(c.error.message), `figures[${i}]`);
    out.push(c.value);
  }
  return ok(out);
}

/**
 * Reads an exported file: one scenario or a whole library, with the added figures it carries,
 * checked against `known` (the receiver's tables). Changes nothing; the caller stores the new
 * figures and adds the scenarios. A file whose figures differ from the receiver's is refused
 * as a whole.
 * @example parseImport(await file.text())
 */
export function parseImport(text: string, known: readonly Dataset[] = allDatasets()): Result<Imported> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return invalid(`The file is not valid JSON (${e instanceof Error ? clip(e.message) : 'parse error'}).`);
  }
  if (!isObject(raw)) return invalid('The file holds no scenario or library.');
  const isLibrary = raw.format === 'council-vote-library';
  if (!isLibrary && raw.format !== 'council-vote-scenario') {
    return invalid('The file is neither a scenario nor a library exported by this app (no "format" field).', 'format');
  }
  const figures = carriedIn(raw, known);
  if (!figures.ok) return figures;
  const extra = figures.value.map((f) => f.dataset);
  if (isLibrary) {
    const lib = restoreLibrary(raw, extra);
    return lib.ok ? ok({ kind: 'library', library: lib.value, figures: figures.value }) : lib;
  }
  const v = migrate(raw.version, raw, SCENARIO_FILE_MIGRATIONS, SCENARIO_FILE_VERSION, 'scenario file');
  if (!v.ok) return v;
  const s = restoreScenario(v.value.scenario, extra);
  return s.ok ? ok({ kind: 'scenario', scenario: s.value, figures: figures.value }) : invalid(`In the scenario: ${s.error.message}`, `scenario.${s.error.path ?? ''}`);
}

/**
 * One scenario as a file, with its figures when the user added them (so the receiver can open it).
 * @example scenarioFile(uniformScenario('added-2031-01-01')) // '{ "format": "council-vote-scenario", …, "figures": [ … ] }'
 */
export function scenarioFile(s: Scenario): string {
  const ds = findDataset(s.datasetId);
  const figures = ds.ok && isAddedDataset(ds.value) ? { figures: [addedDatasetJson(ds.value)] } : {};
  return JSON.stringify({ format: 'council-vote-scenario', version: SCENARIO_FILE_VERSION, scenario: s, ...figures }, null, 2);
}

/**
 * The library as a file, with every table the user added (`added`; by default all those the
 * core knows), used or not: the file is also the user's backup.
 * @example libraryFile({ version: LIBRARY_VERSION, scenarios: saved })
 */
export function libraryFile(lib: Library, added: readonly Dataset[] = allDatasets().filter(isAddedDataset)): string {
  const figures = added.length ? { figures: added.map(addedDatasetJson) } : {};
  return JSON.stringify({ format: 'council-vote-library', ...lib, ...figures }, null, 2);
}
