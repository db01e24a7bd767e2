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


/**
 * The rule's blocking minority in one case, from the conditions alone (not the engine's routes):
 * Art. 16(4) TEU's population one — the population condition fails outside the rounding band with
 * at least the required members not in favour — or the Nice rule's weighted votes, or a vote
 * against under unanimity; and whether the act falls on the member condition.
 */
export function treatyBlocking(e: Evaluation): { formed: boolean; tooClose: boolean; stopsOnMembers: boolean } {
  const find = (id: Condition['id']) => e.conditions.find((c) => c.id === id);
  const members = find('members');
  const stopsOnMembers = !e.adopted && members !== undefined && members.margin < 0;
  const weights = find('weights');
  if (weights) return { formed: weights.margin < 0, tooClose: false, stopsOnMembers };
  const veto = find('no_objection');
  if (veto) return { formed: !e.adopted, tooClose: false, stopsOnMembers };
  const pop = find('population');
  if (!pop) return { formed: false, tooClose: false, stopsOnMembers };
  const bm = e.blockingMinority;
  const enough = bm.requiredMembers === null || bm.members >= bm.requiredMembers;
  return { formed: enough && pop.status === 'not_met', tooClose: enough && pop.status === 'uncertain', stopsOnMembers };
}
