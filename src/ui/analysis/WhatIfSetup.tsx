import { countryName } from '../../core/countries';
import { CANDIDATES } from '../../core/enlarge';
import { useStore } from '../../state/store';
import { PopulationEditor } from './PopulationEditor';
import { ThresholdsFieldset } from './ThresholdsFieldset';
import { useAnalysisVote } from './useAnalysisVote';

/** The what-if the analysis below works on: candidates, populations, thresholds. Never saved. */
export function WhatIfSetup() {
  const added = useStore((s) => s.whatIf.added);
  const candidateToggled = useStore((s) => s.candidateToggled);
  const whatIfCleared = useStore((s) => s.whatIfCleared);
  const vote = useAnalysisVote();
  return (
    <section className="analysis__block analysis__whatif" aria-labelledby="whatif-h">
      <h3 id="whatif-h">What-if</h3>
      <p className="hint">
        Changes the Council the analysis below works on. The vote on screen, its link and saved scenarios are not changed, and nothing
        here is saved.
      </p>
      <fieldset className="analysis__candidates">
        <legend>Add candidate countries (Eurostat 2017 figures, outdated; edit them under “Edit populations”)</legend>
        {CANDIDATES.map((m) => (
          <label key={m.code} className="analysis__candidate">
            <input type="checkbox" checked={added.includes(m.code)} onChange={(e) => candidateToggled(m.code, e.target.checked)} />{' '}
            {countryName(m.code)}
          </label>
        ))}
      </fieldset>
      {added.includes('UA' as (typeof added)[number]) && (
        <p className="caution">Ukraine’s present population is far below its pre-2022 figure and has not been reliably measured since.</p>
      )}
      <PopulationEditor />
      <ThresholdsFieldset />
      {!vote.ok && (
        <p className="caution" role="alert">
          {vote.error.message} Nothing is computed until this is fixed.
        </p>
      )}
      {vote.ok && vote.summary && (
        <p className="analysis__whatif-note">
          {vote.summary}.{' '}
          <button type="button" onClick={whatIfCleared}>
            Back to the vote on screen
          </button>
        </p>
      )}
    </section>
  );
}
