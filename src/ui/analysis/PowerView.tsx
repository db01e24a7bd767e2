import { useState } from 'react';
import { countryName, type CountryCode } from '../../core/countries';
import { count, fractionPercent } from '../../core/format';
import type { AnalysisJob } from '../../workers/protocol';
import { CoalitionSizeTable } from './CoalitionSizeTable';
import { JobProgress } from './JobProgress';
import { PowerChart } from './PowerChart';
import { useAnalysisVote } from './useAnalysisVote';
import { useJob } from './useJob';
import { WhatIfNote } from './WhatIfNote';

const pct = (x: number) => fractionPercent(x, 2);

/** Exact voting power for the rule, dataset and participation on screen, or the what-if above. */
export function PowerView() {
  const vote = useAnalysisVote();
  const [include, setInclude] = useState('');
  const [exclude, setExclude] = useState('');
  const [job, setJob] = useState<(AnalysisJob & { kind: 'power' }) | null>(null);
  const state = useJob(job);
  const compute = () => {
    if (!vote.ok) return;
    const codes = vote.electorate.voters.map((v) => v.code as string);
    const filter = {
      include: include && codes.includes(include) ? [include as CountryCode] : [],
      exclude: exclude && codes.includes(exclude) ? [exclude as CountryCode] : [],
    };
    setJob({ kind: 'power', electorate: vote.electorate, participating: [...vote.participating], rule: vote.rule, filter });
  };
  const codes = vote.ok ? vote.electorate.voters.map((v) => v.code) : [];
  return (
    <section className="analysis__block" aria-labelledby="power-h">
      <h3 id="power-h">Voting power</h3>
      <p className="hint">
        Exact a priori power over every coalition, for the rule and participation on screen (members set to “Not participating” are
        left out), or the what-if above.
      </p>
      <WhatIfNote vote={vote} />
      <div className="analysis__filters">
        {(
          [
            ['Count only coalitions including', include, setInclude],
            ['Count only coalitions excluding', exclude, setExclude],
          ] as const
        ).map(([label, value, set]) => (
          <label key={label} className="field">
            <span className="field__label">{label}</span>
            <select value={value} onChange={(e) => set(e.target.value)}>
              <option value="">Anyone</option>
              {codes.map((c) => (
                <option key={c} value={c}>
                  {countryName(c)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="button" onClick={compute} disabled={!vote.ok || state.status === 'running'}>
        Compute voting power
      </button>
      {state.status === 'running' && <JobProgress label="Computing…" progress={state.progress} cancel={state.cancel} />}
      {state.status === 'error' && <p className="caution">{state.error.message}</p>}
      {state.status === 'done' && (
        <>
          <p aria-live="polite">
            {count(state.result.participants)} members: {count(state.result.winningCoalitions)} winning coalitions,{' '}
            {count(state.result.minimalWinningCoalitions)} minimal winning, {count(state.result.minimalBlockingCoalitions)} minimal blocking
            {include || exclude ? ' (filtered)' : ''}.
          </p>
          <PowerChart members={state.result.members} />
          <CoalitionSizeTable bySize={state.result.bySize} />
          <table className="analysis__table">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Population</th>
                <th scope="col">Square-root ideal</th>
                <th scope="col">Banzhaf</th>
                <th scope="col">Shapley–Shubik</th>
                <th scope="col">Swings</th>
              </tr>
            </thead>
            <tbody>
              {[...state.result.members]
                .sort((a, b) => b.banzhafNormalized - a.banzhafNormalized)
                .map((m) => (
                  <tr key={m.code}>
                    <th scope="row">{countryName(m.code)}</th>
                    <td>{pct(m.populationShare)}</td>
                    <td>{pct(m.sqrtShare)}</td>
                    <td>{pct(m.banzhafNormalized)}</td>
                    <td>{pct(m.shapleyShubik)}</td>
                    <td>{count(m.swings)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
