import { useState } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { AnalysisJob } from '../../workers/protocol';
import { useT } from '../i18n/useT';
import { CoalitionSizeTable } from './CoalitionSizeTable';
import { ErrorText } from './ErrorText';
import { JobProgress } from './JobProgress';
import { MemberPicker } from './MemberPicker';
import { PowerChart } from './PowerChart';
import { TableScroll } from './TableScroll';
import { useAnalysisVote } from './useAnalysisVote';
import { useJob } from './useJob';
import { WhatIfNote } from './WhatIfNote';
import '../../i18n/analysis/register';

/** Exact voting power for the rule, dataset and participation on screen, or the what-if above. */
export function PowerView() {
  const tr = useT();
  const { t } = tr;
  const pct = (x: number) => tr.percent(x * 100, 2);
  const vote = useAnalysisVote();
  const [include, setInclude] = useState<CountryCode[]>([]);
  const [exclude, setExclude] = useState<CountryCode[]>([]);
  const [job, setJob] = useState<(AnalysisJob & { kind: 'power' }) | null>(null);
  const state = useJob(job);
  const compute = () => {
    if (!vote.ok) return;
    // Members who have since left the vote drop out of the filter.
    const inVote = (picked: CountryCode[]) => picked.filter((c) => vote.participating.includes(c));
    const filter = { include: inVote(include), exclude: inVote(exclude) };
    setJob({ kind: 'power', electorate: vote.electorate, participating: [...vote.participating], rule: vote.rule, filter });
  };
  const codes = vote.ok ? vote.participating : [];
  return (
    <section className="analysis__block" aria-labelledby="power-h">
      <h3 id="power-h">{t('analysis.power.heading')}</h3>
      <p className="hint">{t('analysis.power.hint')}</p>
      <WhatIfNote vote={vote} />
      <div className="analysis__filters">
        <MemberPicker label={t('analysis.power.including')} picked={include} options={codes.filter((c) => !exclude.includes(c))} onChange={setInclude} />
        <MemberPicker label={t('analysis.power.excluding')} picked={exclude} options={codes.filter((c) => !include.includes(c))} onChange={setExclude} />
      </div>
      <button type="button" onClick={compute} disabled={!vote.ok || state.status === 'running'}>
        {t('analysis.power.compute')}
      </button>
      {state.status === 'running' && <JobProgress label={t('analysis.computing')} progress={state.progress} cancel={state.cancel} />}
      {state.status === 'error' && (
        <p className="caution">
          <ErrorText error={state.error} />
        </p>
      )}
      {state.status === 'done' && (
        <>
          <p aria-live="polite">
            {t(job?.filter?.include?.length || job?.filter?.exclude?.length ? 'analysis.power.summaryFiltered' : 'analysis.power.summary', {
              members: tr.tp('n.member', state.result.participants),
              winning: tr.count(state.result.winningCoalitions),
              minimalWinning: tr.count(state.result.minimalWinningCoalitions),
              minimalBlocking: tr.count(state.result.minimalBlockingCoalitions),
            })}
          </p>
          <PowerChart members={state.result.members} />
          <CoalitionSizeTable bySize={state.result.bySize} />
          <TableScroll label={t('analysis.power.table')}>
            <table className="analysis__table">
              <thead>
                <tr>
                  <th scope="col">{t('analysis.col.member')}</th>
                  <th scope="col">{t('analysis.col.population')}</th>
                  <th scope="col">{t('analysis.power.sqrtIdeal')}</th>
                  <th scope="col">{t('analysis.power.banzhaf')}</th>
                  <th scope="col">{t('analysis.power.shapley')}</th>
                  <th scope="col">{t('analysis.power.swings')}</th>
                </tr>
              </thead>
              <tbody>
                {[...state.result.members]
                  .sort((a, b) => b.banzhafNormalized - a.banzhafNormalized)
                  .map((m) => (
                    <tr key={m.code}>
                      <th scope="row">{tr.country(m.code)}</th>
                      <td>{pct(m.populationShare)}</td>
                      <td>{pct(m.sqrtShare)}</td>
                      <td>{pct(m.banzhafNormalized)}</td>
                      <td>{pct(m.shapleyShubik)}</td>
                      <td>{tr.count(m.swings)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
