import { useMemo } from 'react';
import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';
import { ErrorText } from './ErrorText';
import { useJob } from './useJob';
import { useAnalysisVote } from './useAnalysisVote';
import { WhatIfNote } from './WhatIfNote';
import '../../i18n/analysis/register';

/** Of the 2^k ways the undecided could vote, how many adopt, and who is decisive how often. */
export function UndecidedPathsView() {
  const tr = useT();
  const { t } = tr;
  const vote = useAnalysisVote();
  const job = useMemo(() => (vote.ok ? { kind: 'undecided' as const, electorate: vote.electorate, positions: vote.positions, rule: vote.rule } : null), [vote]);
  const state = useJob(job);
  return (
    <section className="analysis__block" aria-labelledby="paths-h">
      <h3 id="paths-h">{t('analysis.paths.heading')}</h3>
      <WhatIfNote vote={vote} />
      {state.status === 'running' && <p className="hint">{t('analysis.paths.counting')}</p>}
      {state.status === 'error' && (
        <p className="caution">
          <ErrorText error={state.error} />
        </p>
      )}
      {state.status === 'done' &&
        (state.result.undecided.length === 0 ? (
          <p>{t('analysis.paths.none')}</p>
        ) : (
          <>
            <p>
              {rich(tr.tp('analysis.paths.summary', state.result.undecided.length), {
                ways: <strong>{tr.count(state.result.ways)}</strong>,
                adopting: <strong>{tr.count(state.result.adopting)}</strong>,
                share: tr.percentOf(state.result.adopting, state.result.ways),
              })}
            </p>
            <table className="analysis__table">
              <caption>{t('analysis.paths.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.col.member')}</th>
                  <th scope="col">{t('analysis.paths.decisiveIn')}</th>
                </tr>
              </thead>
              <tbody>
                {[...state.result.decisive]
                  .sort((a, b) => b.ways - a.ways)
                  .map((d) => (
                    <tr key={d.code}>
                      <th scope="row">{tr.country(d.code)}</th>
                      <td>{t('analysis.of', { n: tr.count(d.ways), of: tr.count(state.result.waysOfOthers) })}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </>
        ))}
    </section>
  );
}
