/**
 * Numbered migrations for persisted and shared payloads: `steps[n]` turns a version-n payload
 * into version n + 1. A payload from the future, or with no path to the current version, is refused.
 */
import { err, ok, type Result } from '../result';
import { isPosition } from '../rules/vote';

export function migrate<T>(
  version: unknown,
  data: T,
  steps: Readonly<Record<number, (d: T) => T>>,
  current: number,
  what: string,
): Result<T> {
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return err({ code: 'import.invalid', message: `The ${what} has no version number.`, path: 'version' });
  }
  let v = version;
  let d = data;
  while (v < current) {
    const step = steps[v];
    if (!step) break;
    d = step(d);
    v += 1;
  }
  if (v !== current) {
    const why = version > current ? 'comes from a newer version of this app' : 'is too old to read';
    return err({ code: 'import.invalid', message: `The ${what} (version ${version}) ${why}.`, path: 'version' });
  }
  return ok(d);
}

type Payload = Record<string, unknown>;
const isObject = (x: unknown): x is Payload => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Scenario step 1 -> 2: a member note records the position it was written for. A version-1 note
 * is plain text; it is taken to have been written for the position the member had when the
 * scenario was saved or shared (or `undecided` where that position is missing). Anything that is
 * not a text note is left for the scenario gate to judge.
 * @example notesGainPositions({ positions: { DE: 'no' }, memberNotes: { DE: 'Against.' } })
 *   // { positions: { DE: 'no' }, memberNotes: { DE: { text: 'Against.', position: 'no' } } }
 */
export function notesGainPositions(scenario: Payload): Payload {
  const notes = scenario.memberNotes;
  if (!isObject(notes)) return scenario;
  const positions = isObject(scenario.positions) ? scenario.positions : {};
  const memberNotes = Object.fromEntries(
    Object.entries(notes).map(([code, note]) => {
      if (typeof note !== 'string') return [code, note];
      const at = positions[code];
      return [code, { text: note, position: isPosition(at) ? at : 'undecided' }];
    }),
  );
  return { ...scenario, memberNotes };
}

/** Scenario migrations, numbered from the version they read. 1 -> 2: {@link notesGainPositions}. */
export const SCENARIO_MIGRATIONS: Readonly<Record<number, (d: Payload) => Payload>> = {
  1: notesGainPositions,
};

/**
 * Library migrations, numbered from the version they read.
 * 1 -> 2: every saved scenario's member notes gain their position ({@link notesGainPositions}).
 */
export const LIBRARY_MIGRATIONS: Readonly<Record<number, (d: Payload) => Payload>> = {
  1: (lib) => ({
    ...lib,
    scenarios: Array.isArray(lib.scenarios)
      ? lib.scenarios.map((item: unknown) => (isObject(item) && isObject(item.scenario) ? { ...item, scenario: notesGainPositions(item.scenario) } : item))
      : lib.scenarios,
  }),
};

/**
 * Migrations of an exported single-scenario file, numbered from the version they read.
 * 1 -> 2: the scenario's member notes gain their position ({@link notesGainPositions}).
 */
export const SCENARIO_FILE_MIGRATIONS: Readonly<Record<number, (d: Payload) => Payload>> = {
  1: (file) => (isObject(file.scenario) ? { ...file, scenario: notesGainPositions(file.scenario) } : file),
};
