/**
 * The scenario library: saved scenarios, their file format, and the import gate. Everything
 * loaded (browser storage, an imported file) goes through {@link restoreLibrary} or
 * {@link parseImport}, which validate every scenario with `restoreScenario`.
 */
import { quote, clip } from '../format';
import { LIBRARY_MIGRATIONS, migrate, SCENARIO_FILE_MIGRATIONS } from './migrate';
import { err, ok, type Result } from '../result';
import { restoreScenario, type Scenario } from './scenario';

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
export function restoreSaved(raw: unknown, i: number): Result<SavedScenario> {
  const where = `scenario ${i + 1}`;
  if (!isObject(raw)) return invalid(`The ${where} is not an object.`, `scenarios[${i}]`);
  const named = isObject(raw.scenario) && typeof raw.scenario.name === 'string' ? `${where} (${quote(raw.scenario.name)})` : `the ${where}`;
  if (typeof raw.id !== 'string' || !raw.id) return invalid(`In ${named}: the id is missing.`, `scenarios[${i}].id`);
  if (!isTime(raw.createdAt) || !isTime(raw.updatedAt)) return invalid(`In ${named}: the dates are missing or malformed.`, `scenarios[${i}].updatedAt`);
  const s = restoreScenario(raw.scenario);
  if (!s.ok) return invalid(`In ${named}: ${s.error.message}`, `scenarios[${i}].scenario${s.error.path ? `.${s.error.path}` : ''}`);
  return ok({ id: raw.id, scenario: s.value, createdAt: raw.createdAt, updatedAt: raw.updatedAt });
}

/**
 * The gate for a stored or imported library: migrates old versions, validates every scenario,
 * refuses duplicates, and names the scenario and field at fault.
 * @example restoreLibrary(JSON.parse(storedText))
 */
export function restoreLibrary(raw: unknown): Result<Library> {
  if (!isObject(raw)) return invalid('The library is not an object.');
  const migrated = migrate(raw.version, raw, LIBRARY_MIGRATIONS, LIBRARY_VERSION, 'library');
  if (!migrated.ok) return migrated;
  const list = migrated.value.scenarios;
  if (!Array.isArray(list)) return invalid('The library has no list of scenarios.', 'scenarios');
  const scenarios: SavedScenario[] = [];
  for (const [i, item] of list.entries()) {
    const s = restoreSaved(item, i);
    if (!s.ok) return s;
    if (scenarios.some((x) => x.id === s.value.id)) return invalid(`Scenario ${i + 1} repeats the id ${quote(s.value.id)}.`, `scenarios[${i}].id`);
    scenarios.push(s.value);
  }
  return ok({ version: LIBRARY_VERSION, scenarios });
}

export type Imported = { readonly kind: 'scenario'; readonly scenario: Scenario } | { readonly kind: 'library'; readonly library: Library };

/**
 * Reads an exported file: one scenario or a whole library. Changes nothing; the caller adds
 * what it returns.
 * @example parseImport(await file.text())
 */
export function parseImport(text: string): Result<Imported> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return invalid(`The file is not valid JSON (${e instanceof Error ? clip(e.message) : 'parse error'}).`);
  }
  if (!isObject(raw)) return invalid('The file holds no scenario or library.');
  if (raw.format === 'council-vote-library') {
    const lib = restoreLibrary(raw);
    return lib.ok ? ok({ kind: 'library', library: lib.value }) : lib;
  }
  if (raw.format === 'council-vote-scenario') {
    const v = migrate(raw.version, raw, SCENARIO_FILE_MIGRATIONS, SCENARIO_FILE_VERSION, 'scenario file');
    if (!v.ok) return v;
    const s = restoreScenario(v.value.scenario);
    return s.ok ? ok({ kind: 'scenario', scenario: s.value }) : invalid(`In the scenario: ${s.error.message}`, `scenario.${s.error.path ?? ''}`);
  }
  return invalid('The file is neither a scenario nor a library exported by this app (no "format" field).', 'format');
}

export function scenarioFile(s: Scenario): string {
  return JSON.stringify({ format: 'council-vote-scenario', version: SCENARIO_FILE_VERSION, scenario: s }, null, 2);
}

export function libraryFile(lib: Library): string {
  return JSON.stringify({ format: 'council-vote-library', ...lib }, null, 2);
}
