/**
 * Whether a population condition holds when the figures are only known within bounds
 * (datasets built from two-decimal percentages). Exact figures give collapsed bounds.
 */
import { reachesPercent } from '../arithmetic';

export type ConditionStatus = 'met' | 'not_met' | 'uncertain';

/** Lower and upper bounds of three groups' true populations, which add up to `total`. */
export interface GroupBounds {
  readonly yes: readonly [number, number];
  readonly notYes: readonly [number, number];
  readonly absent: readonly [number, number];
  readonly total: number;
}

/**
 * Is yes / (yes + notYes) >= pct for every, some or no population consistent with the bounds
 * and the known total? The share grows with `yes` and shrinks with `notYes`, so its extremes
 * sit at the extreme feasible values (derived; see tests/core/rules/populationBounds.test.ts).
 */
export function populationStatus(b: GroupBounds, pct: number): ConditionStatus {
  const [yLo, yHi] = b.yes;
  const [nLo, nHi] = b.notYes;
  const [aLo, aHi] = b.absent;
  const yMin = Math.max(yLo, b.total - nHi - aHi);
  const nAtYMin = Math.min(nHi, b.total - aLo - yMin);
  const yMax = Math.min(yHi, b.total - aLo - nLo);
  const nAtYMax = Math.max(nLo, b.total - aHi - yMax);
  const surely = reachesPercent(yMin, yMin + nAtYMin, pct);
  const possibly = reachesPercent(yMax, yMax + nAtYMax, pct);
  return surely ? 'met' : possibly ? 'uncertain' : 'not_met';
}
