/**
 * Exact integer arithmetic for thresholds. Every product here stays far below 2^53
 * (populations < 10^10, percentages <= 100), so plain numbers are exact; `assertSafe` guards it.
 */

function assertSafe(n: number): number {
  if (!Number.isSafeInteger(n)) throw new Error(`Integer arithmetic overflow: ${n}`);
  return n;
}

/** ceil(a / b) for non-negative integers a and positive b. */
export function ceilDiv(a: number, b: number): number {
  return Math.floor(assertSafe(a + b - 1) / b);
}

/** The smallest integer x with x * 100 >= pct * whole, i.e. "at least pct % of whole". */
export function atLeastPercent(pct: number, whole: number): number {
  return ceilDiv(assertSafe(pct * whole), 100);
}

/** part * 100 >= pct * whole, compared in integers. */
export function reachesPercent(part: number, whole: number, pct: number): boolean {
  return assertSafe(part * 100) >= assertSafe(pct * whole);
}

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return assertSafe(s);
}
