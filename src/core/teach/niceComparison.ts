/**
 * The same positions under the Nice weighted votes (until 31 October 2014) beside the double
 * majority, to show what changed in 2014. Both verdicts come from the one engine.
 */
import { evaluate, type Electorate } from '../rules/evaluate';
import type { Outcome } from '../rules/outcome';
import { ok, type Result } from '../result';
import { msg, type TeachText } from './teachText';
import { ruleOf, type Positions } from '../rules/vote';

export interface NiceComparison {
  readonly doubleMajority: Outcome;
  readonly nice: Outcome;
  /** Weighted votes of the participating members, and the threshold scaled to them. */
  readonly votes: { readonly of: number; readonly required: number };
  /** The dataset has no United Kingdom (an EU-27 dataset): its 29 of the 352 votes are missing. */
  readonly withoutUk: boolean;
  /** Why the threshold is not 260 of 352, when it is not. */
  readonly scalingNote: TeachText | null;
  readonly sameVerdict: boolean;
}

/**
 * Nice rule: Act of Accession of Croatia Art. 20 (260 of 352 votes, a majority of members, 62 %
 * of the population on request); the engine scales 260/352 to the members present.
 * @example niceComparison(eu27, allYes).value.votes // { of: 323, required: 239 }
 */
export function niceComparison(electorate: Electorate, positions: Positions): Result<NiceComparison> {
  const doubleMajority = evaluate(electorate, positions, ruleOf('qmv'));
  if (!doubleMajority.ok) return doubleMajority;
  const nice = evaluate(electorate, positions, ruleOf('nice'));
  if (!nice.ok) return nice;
  const weights = nice.value.worst.conditions.find((c) => c.id === 'weights');
  const votes = { of: weights?.of ?? 0, required: weights?.required ?? 0 };
  const withoutUk = !electorate.voters.some((v) => v.code === 'UK');
  const scaled = votes.of !== 352;
  const absent = electorate.voters.some((v) => positions[v.code] === 'absent');
  const why = withoutUk && absent ? 'nice.scaling.both' : withoutUk ? 'nice.scaling.noUk' : absent ? 'nice.scaling.absent' : null;
  return ok({
    doubleMajority: doubleMajority.value,
    nice: nice.value,
    votes,
    withoutUk,
    scalingNote: scaled && why ? msg(why, { required: votes.required, of: votes.of }) : null,
    sameVerdict: doubleMajority.value.verdict === nice.value.verdict,
  });
}
