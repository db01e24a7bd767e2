/**
 * Numbered migrations for persisted and shared payloads: `steps[n]` turns a version-n payload
 * into version n + 1. A payload from the future, or with no path to the current version, is refused.
 */
import { err, ok, type Result } from '../result';

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
