import { useMemo } from 'react';
import { explainSteps } from '../../core/explainSteps';
import { misconceptionsFor } from '../../core/misconceptions';
import { niceComparison } from '../../core/niceComparison';
import { useStore } from '../../state/store';
import { ExerciseList } from './ExerciseList';
import { ExplainStepList } from './ExplainStepList';
import { MisconceptionList } from './MisconceptionList';
import { NiceComparisonTable } from './NiceComparisonTable';
import { useExplainInput } from './useExplainInput';
import './teach.css';

/** "Explain this result": the steps, the misreadings it corrects, the pre-2014 rule, exercises. */
export default function TeachingPanel() {
  const input = useExplainInput();
  const rule = useStore((s) => s.scenario.rule);
  const steps = useMemo(() => (input ? explainSteps(input) : []), [input]);
  const myths = useMemo(() => (input ? misconceptionsFor(input) : []), [input]);
  const nice = useMemo(() => (input && (rule === 'qmv' || rule === 'nice') ? niceComparison(input.electorate, input.positions) : null), [input, rule]);
  return (
    <div className="teach">
      <section aria-labelledby="teach-steps">
        <h3 id="teach-steps">Step by step</h3>
        {input ? <ExplainStepList steps={steps} /> : <p>This result cannot be explained: the rule is not available for these members.</p>}
      </section>
      {myths.length > 0 && (
        <section aria-labelledby="teach-myths">
          <h3 id="teach-myths">Common misconceptions</h3>
          <MisconceptionList items={myths} />
        </section>
      )}
      {nice && (
        <section aria-labelledby="teach-nice">
          <h3 id="teach-nice">What changed in 2014</h3>
          {nice.ok ? <NiceComparisonTable c={nice.value} /> : <p>{nice.error.message}</p>}
        </section>
      )}
      <section aria-labelledby="teach-exercises">
        <h3 id="teach-exercises">Exercises</h3>
        <ExerciseList />
      </section>
    </div>
  );
}
