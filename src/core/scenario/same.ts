/** Whether two scenarios hold the same inputs: what "changed since saved" rests on. */
import type { Scenario } from './scenario';

/** A value with object keys sorted at every depth and empty strings and objects dropped: equal inputs, equal text. */
function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical);
  if (typeof x !== 'object' || x === null) return x;
  const entries = Object.entries(x)
    .filter(([, v]) => v !== undefined && v !== '' && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}

/**
 * Do two scenarios hold the same inputs (dataset, rule, positions, name and notes), whatever
 * the order of their keys? An empty note and no note are the same.
 * @example sameScenario(saved.scenario, onScreen) // false once a position was changed
 */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return a === b || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
