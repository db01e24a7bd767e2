import { useMemo } from 'react';
import { explainSteps } from '../../core/teach/explainSteps';
import { misconceptionsFor } from '../../core/teach/misconceptions';
import { niceComparison } from '../../core/teach/niceComparison';
import { useStore } from '../../state/store';
import { ExerciseList } from './ExerciseList';
import { ExplainStepList } from './ExplainStepList';
import { MisconceptionList } from './MisconceptionList';
import { NiceComparisonTable } from './NiceComparisonTable';
import { useExplainInput } from './useExplainInput';
import { useT } from '../i18n/useT';
import './teach.css';
import '../../i18n/later/register';

/** "Explain this result": the steps, the misreadings it corrects, the pre-2014 rule, exercises. */
export default function TeachingPanel() {
  const input = useExplainInput();
  const rule = useStore((s) => s.scenario.rule);
  const { t } = useT();
  const steps = useMemo(() => (input ? explainSteps(input) : []), [input]);
  const myths = useMemo(() => (input ? misconceptionsFor(input) : []), [input]);
  const nice = useMemo(() => (input && (rule === 'qmv' || rule === 'nice') ? niceComparison(input.electorate, input.positions) : null), [input, rule]);
  return (
    <div className="teach">
      <section aria-labelledby="teach-steps">
        <h3 id="teach-steps">{t('teach.steps')}</h3>
        {input ? (
          <ExplainStepList steps={steps} />
        ) : (
          <p>{t('teach.unavailable')}</p>
        )}
      </section>
      {myths.length > 0 && (
        <section aria-labelledby="teach-myths">
          <h3 id="teach-myths">{t('teach.myths')}</h3>
          <MisconceptionList items={myths} />
        </section>
      )}
      {nice && (
        <section aria-labelledby="teach-nice">
          <h3 id="teach-nice">{t('teach.nice')}</h3>
          {nice.ok ? <NiceComparisonTable c={nice.value} /> : <p lang="en">{nice.error.message}</p>}
        </section>
      )}
      <section aria-labelledby="teach-exercises">
        <h3 id="teach-exercises">{t('teach.exercises')}</h3>
        <ExerciseList />
      </section>
    </div>
  );
}
