import { useMemo } from 'react';
import { countryName } from '../../core/countries';
import { count, percentOf } from '../../core/format';
import { useJob } from './useJob';
import { useAnalysisVote } from './useAnalysisVote';
import { WhatIfNote } from './WhatIfNote';

/** Of the 2^k ways the undecided could vote, how many adopt, and who is decisive how often. */
export function UndecidedPathsView() {
  const vote = useAnalysisVote();
  const job = useMemo(() => (vote.ok ? { kind: 'undecided' as const, electorate: vote.electorate, positions: vote.positions, rule: vote.rule } : null), [vote]);
  const state = useJob(job);
  return (
    <section className="analysis__block" aria-labelledby="paths-h">
      <h3 id="paths-h">Undecided paths</h3>
      <WhatIfNote vote={vote} />
      {state.status === 'running' && <p className="hint">Counting…</p>}
      {state.status === 'error' && <p className="caution">{state.error.message}</p>}
      {state.status === 'done' &&
        (state.result.undecided.length === 0 ? (
          <p>No member is undecided.</p>
        ) : (
          <>
            <p>
              Of the <strong>{count(state.result.ways)}</strong> ways the {state.result.undecided.length} undecided members could vote
              (yes or not), <strong>{count(state.result.adopting)}</strong> ({percentOf(state.result.adopting, state.result.ways)}) adopt
              the act.
            </p>
            <table className="analysis__table">
              <caption>How often each undecided member decides the outcome</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Decisive in (ways of the others)</th>
                </tr>
              </thead>
              <tbody>
                {[...state.result.decisive]
                  .sort((a, b) => b.ways - a.ways)
                  .map((d) => (
                    <tr key={d.code}>
                      <th scope="row">{countryName(d.code)}</th>
                      <td>
                        {count(d.ways)} of {count(state.result.waysOfOthers)}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </>
        ))}
    </section>
  );
}
