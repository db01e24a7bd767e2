import { useMemo, useState } from 'react';
import { countryName, type CountryCode } from '../../core/countries';
import { CANDIDATES, electorateWith } from '../../core/enlarge';
import { count, fractionPercent } from '../../core/format';
import { participantsOf } from '../../core/undecidedPaths';
import type { AnalysisJob } from '../../workers/protocol';
import { CoalitionSizeTable } from './CoalitionSizeTable';
import { JobProgress } from './JobProgress';
import { PowerChart } from './PowerChart';
import { useJob } from './useJob';
import { useVote } from './useVote';

const pct = (x: number) => fractionPercent(x, 2);

/** Exact voting power for the rule, dataset and participation on screen, with enlargement what-ifs. */
export function PowerView() {
  const { dataset, positions, rule } = useVote();
  const [added, setAdded] = useState<string[]>([]);
  const [populations, setPopulations] = useState<Record<string, number>>({});
  const [include, setInclude] = useState('');
  const [exclude, setExclude] = useState('');
  const [job, setJob] = useState<(AnalysisJob & { kind: 'power' }) | null>(null);
  const state = useJob(job);
  const built = useMemo(() => electorateWith(dataset, added, populations), [dataset, added, populations]);
  const compute = () => {
    if (!built.ok) return;
    const participating = [...participantsOf(built.value, positions)];
    const filter = { include: include ? [include as CountryCode] : [], exclude: exclude ? [exclude as CountryCode] : [] };
    setJob({ kind: 'power', electorate: built.value, participating, rule, filter });
  };
  const codes = built.ok ? built.value.voters.map((v) => v.code) : [];
  return (
    <section className="analysis__block" aria-labelledby="power-h">
      <h3 id="power-h">Voting power</h3>
      <p className="hint">
        Exact a priori power over every coalition, for the rule and participation on screen (members set to “Not participating” are
        left out).
      </p>
      <fieldset className="analysis__candidates">
        <legend>Add candidate countries (Eurostat 2017 figures, outdated; editable)</legend>
        {CANDIDATES.map((m) => (
          <span key={m.code} className="analysis__candidate">
            <label>
              <input
                type="checkbox"
                checked={added.includes(m.code)}
                onChange={(e) => setAdded((a) => (e.target.checked ? [...a, m.code] : a.filter((c) => c !== m.code)))}
              />{' '}
              {countryName(m.code)}
            </label>
            {added.includes(m.code) && (
              <input
                type="number"
                min={1}
                aria-label={`Population of ${countryName(m.code)}`}
                value={populations[m.code] ?? m.population}
                onChange={(e) => {
                  const v = Math.round(Number(e.target.value));
                  if (v > 0) setPopulations((p) => ({ ...p, [m.code]: v }));
                }}
              />
            )}
          </span>
        ))}
      </fieldset>
      {added.includes('UA') && (
        <p className="caution">Ukraine’s present population is far below its pre-2022 figure and has not been reliably measured since.</p>
      )}
      {!built.ok && <p className="caution">{built.error.message}</p>}
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
      <button type="button" onClick={compute} disabled={!built.ok || state.status === 'running'}>
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
