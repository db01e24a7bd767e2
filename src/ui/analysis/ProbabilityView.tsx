import { useMemo, useState } from 'react';
import { countryName } from '../../core/countries';
import { fractionPercent as pct } from '../../core/format';
import { probabilitiesFrom } from '../../core/undecidedPaths';
import { useAnalysisVote } from './useAnalysisVote';
import { useJob } from './useJob';
import { WhatIfNote } from './WhatIfNote';

/** The exact probability of adoption from each member's chance of voting yes. */
export function ProbabilityView() {
  const vote = useAnalysisVote();
  const [overrides, setOverrides] = useState<Record<string, number>>({});
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
      <h3 id="prob-h">Probability of adoption</h3>
      <WhatIfNote vote={vote} />
      <p className="hint">
        Each member votes yes with its probability, independently: by default 100 % for yes, 0 % for no and abstain, 50 % for
        undecided (and for added candidates). Computed exactly over every combination, not sampled.
      </p>
      <p className="analysis__big" aria-live="polite">
        {state.status === 'done' ? pct(state.result.probability, 2) : state.status === 'error' ? state.error.message : vote.ok ? '…' : '—'}
      </p>
      <button type="button" onClick={() => setOverrides({})} disabled={Object.keys(overrides).length === 0}>
        Reset to the positions
      </button>
      <table className="analysis__table">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Yes (%)</th>
            <th scope="col">Decisive</th>
          </tr>
        </thead>
        <tbody>
          {participating.map((code) => (
            <tr key={code}>
              <th scope="row">{countryName(code)}</th>
              <td>
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={5}
                  aria-label={`${countryName(code)}: probability of voting yes (%)`}
                  value={Math.round((probabilities[code] ?? 0) * 100)}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isFinite(v) && v >= 0 && v <= 100) setOverrides((o) => ({ ...o, [code]: v / 100 }));
                  }}
                />
              </td>
              <td>{state.status === 'done' ? pct(state.result.decisive[code] ?? 0) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
