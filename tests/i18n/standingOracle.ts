/**
 * How a condition stands against the undecided, recomputed from the engine's two cases without
 * claimsOf(): the oracle the surface property tests hold claims' conditionCases to.
 */
import type { ConditionStanding } from '../../src/core/rules/claims';
import type { Condition, Evaluation, Outcome } from '../../src/core/rules/outcome';

export type Standing = ConditionStanding;

/** Deemed met: the case is adopted only by the four-member clause and this is the failing population condition. */
export const deemed = (e: Evaluation, c: Condition): boolean => e.deemedAdopted && c.id === 'population' && c.margin < 0;
const met = (e: Evaluation, c: Condition): boolean => c.status === 'met' || deemed(e, c);

/** The standing, straight from the two cases' statuses (the oracle for claims' conditionCases). */
export function expectedStanding(o: Outcome, i: number): { standing: Standing; case: 'actual' | 'worst' | 'best' } {
  const w = o.worst.conditions[i]!;
  const b = o.best.conditions[i]!;
  if (o.undecided.length === 0) return { standing: met(o.worst, w) ? 'met' : w.status === 'uncertain' ? 'uncertain' : 'not_met', case: 'actual' };
  if (met(o.worst, w)) return { standing: 'met_even_if_undecided_no', case: 'worst' };
  if (w.status === 'uncertain') return { standing: 'uncertain', case: 'worst' };
  if (met(o.best, b)) return { standing: 'met_only_if_undecided_yes', case: 'best' };
  return { standing: b.status === 'uncertain' ? 'uncertain' : 'not_met_even_if_undecided_yes', case: 'best' };
}

