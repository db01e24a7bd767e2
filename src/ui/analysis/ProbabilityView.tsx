import { useMemo, useState } from 'react';
import { probabilitiesFrom } from '../../core/analysis/undecidedPaths';
import { useT } from '../i18n/useT';
import { recordName } from '../../i18n/recordNames';
import { ErrorText } from './ErrorText';
import { useAnalysisVote } from './useAnalysisVote';
import { useJob } from './useJob';
import { WhatIfNote } from './WhatIfNote';
import { RecordBasis, RecordProbabilities, type RecordHistory } from '../votes/RecordProbabilities';
import '../../i18n/votes/register';
import '../../i18n/analysis/register';

/** The exact probability of adoption from each member's chance of voting yes. */
export function ProbabilityView() {
  const tr = useT();
  const { t } = tr;
  const pct = (x: number, digits = 1) => tr.percent(x * 100, digits);
  const vote = useAnalysisVote();
  const [overrides, setOverrides] = useState<Record<string, number>>({});
  // Probabilities set from the Council's voting record, with the counts each rests on.
  const [history, setHistory] = useState<RecordHistory | null>(null);
  const probabilities = useMemo(() => (vote.ok ? { ...probabilitiesFrom(vote.electorate, vote.positions, vote.rule), ...overrides } : {}), [vote, overrides]);
  const participating = vote.ok ? vote.participating : [];
  const job = useMemo(
    () =>
      vote.ok && vote.participating.length
        ? { kind: 'probability' as const, electorate: vote.electorate, participating: vote.participating, rule: vote.rule, probabilities }
        : null,
    [vote, probabilities],
  );
  const state = useJob(job);
  return (
    <section className="analysis__block" aria-labelledby="prob-h">
      <h3 id="prob-h">{t('analysis.prob.heading')}</h3>
      <WhatIfNote vote={vote} />
      <p className="hint">{t('analysis.prob.hint')}</p>
      <p className="analysis__big" aria-live="polite">
        {state.status === 'done' ? pct(state.result.probability, 2) : state.status === 'error' ? <ErrorText error={state.error} /> : vote.ok ? '…' : '—'}
      </p>
      <button
        type="button"
        onClick={() => {
          setOverrides({});
          setHistory(null);
        }}
        disabled={Object.keys(overrides).length === 0}
      >
        {t('analysis.prob.reset')}
      </button>
      <RecordProbabilities
        participating={participating}
        onApply={(h) => {
          setHistory(h);
          setOverrides(Object.fromEntries(Object.entries(h.estimates).map(([code, e]) => [code, e.p])));
        }}
      />
      {history && <p className="hint">{t('votes.prob.note', { area: history.area ? recordName(history.area, tr.locale).text : t('votes.prob.allAreas') })}</p>}
      <table className="analysis__table">
        <thead>
          <tr>
            <th scope="col">{t('analysis.col.member')}</th>
            <th scope="col">{t('analysis.prob.yesPct')}</th>
            <th scope="col">{t('analysis.prob.decisive')}</th>
            {history && <th scope="col">{t('votes.prob.col')}</th>}
          </tr>
        </thead>
        <tbody>
          {participating.map((code) => (
            <tr key={code}>
              <th scope="row">{tr.country(code)}</th>
              <td>
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={5}
                  aria-label={t('analysis.prob.input', { name: tr.country(code) })}
                  value={Math.round((probabilities[code] ?? 0) * 100)}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isFinite(v) && v >= 0 && v <= 100) setOverrides((o) => ({ ...o, [code]: v / 100 }));
                    if (history?.estimates[code]) setHistory({ ...history, estimates: Object.fromEntries(Object.entries(history.estimates).filter(([c]) => c !== code)) });
                  }}
                />
              </td>
              <td>{state.status === 'done' ? pct(state.result.decisive[code] ?? 0) : ''}</td>
              {history && (
                <td>
                  <RecordBasis estimate={history.estimates[code]} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
