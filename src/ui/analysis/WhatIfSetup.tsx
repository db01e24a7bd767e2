import { CANDIDATES } from '../../core/data/enlarge';
import { useStore } from '../../state/store';
import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';
import { ErrorText } from './ErrorText';
import { PopulationEditor } from './PopulationEditor';
import { ThresholdsFieldset } from './ThresholdsFieldset';
import { useAnalysisVote, whatIfSummary } from './useAnalysisVote';
import '../../i18n/analysis/register';

/** The what-if the analysis below works on: candidates, populations, thresholds. Never saved. */
export function WhatIfSetup() {
  const tr = useT();
  const { t } = tr;
  const added = useStore((s) => s.whatIf.added);
  const candidateToggled = useStore((s) => s.candidateToggled);
  const whatIfCleared = useStore((s) => s.whatIfCleared);
  const vote = useAnalysisVote();
  return (
    <section className="analysis__block analysis__whatif" aria-labelledby="whatif-h">
      <h3 id="whatif-h">{t('analysis.whatIf.heading')}</h3>
      <p className="hint">{t('analysis.whatIf.hint')}</p>
      <fieldset className="analysis__candidates">
        <legend>{t('analysis.whatIf.candidates')}</legend>
        {CANDIDATES.map((m) => (
          <label key={m.code} className="analysis__candidate">
            <input type="checkbox" checked={added.includes(m.code)} onChange={(e) => candidateToggled(m.code, e.target.checked)} />{' '}
            {tr.country(m.code)}
          </label>
        ))}
      </fieldset>
      {added.includes('UA' as (typeof added)[number]) && <p className="caution">{t('analysis.whatIf.ukraine')}</p>}
      <PopulationEditor />
      <ThresholdsFieldset />
      {!vote.ok && (
        <p className="caution" role="alert">
          {rich(t('analysis.whatIf.invalid'), { error: <ErrorText error={vote.error} /> })}
        </p>
      )}
      {vote.ok && vote.whatIf && (
        <p className="analysis__whatif-note">
          {whatIfSummary(vote.whatIf, tr)}.{' '}
          <button type="button" onClick={whatIfCleared}>
            {t('analysis.whatIf.back')}
          </button>
        </p>
      )}
    </section>
  );
}
