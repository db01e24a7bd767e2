/** A recorded or reported vote evaluated under each rule of its date, with the request each rule's output needs. */
import { ok } from '../core/result';
import { evaluateVote, type VoteScenario } from '../core/votes/voteScenario';
import { evaluateRequestOf } from './args';

export function voteEvaluations(vs: VoteScenario, json: boolean) {
  const results = evaluateVote(vs);
  if (!results.ok) return results;
  return ok(
    results.value.map(({ rule, outcome }) => {
      const r = evaluateRequestOf({ ...vs.scenario, rule }, json);
      if (!r.ok) throw new Error(r.error.message);
      return { rule, outcome, req: r.value };
    }),
  );
}
