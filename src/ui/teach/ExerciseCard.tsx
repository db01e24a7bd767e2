import { useMemo } from 'react';
import { checkExercise, type Exercise } from '../../core/teach/exercises';
import { teachText } from '../../i18n/teach';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { exerciseScenario } from './exerciseScenario';
import '../../i18n/teaching/register';

/** The exercise in progress: its task, and the engine's check of the scenario on screen. */
export function ExerciseCard({ exercise }: { readonly exercise: Exercise }) {
  const scenario = useStore((s) => s.scenario);
  const exerciseStarted = useStore((s) => s.exerciseStarted);
  const exerciseLeft = useStore((s) => s.exerciseLeft);
  const tr = useT();
  const check = useMemo(() => checkExercise(exercise.id, scenario), [exercise.id, scenario]);
  return (
    <div className={`exercise exercise--${check.solved ? 'solved' : 'open'}`} data-exercise={exercise.id}>
      <h4>{teachText(exercise.title, tr)}</h4>
      <p>{teachText(exercise.task, tr)}</p>
      <p className="exercise__check" aria-live="polite">
        <strong>
          <span aria-hidden="true">{check.solved ? '✓ ' : '… '}</span>
          {tr.t(check.solved ? 'teach.exercise.solved' : 'teach.exercise.notSolved')}
        </strong>{' '}
        {teachText(check.hint, tr)}
      </p>
      <div className="exercise__actions">
        <button type="button" onClick={() => exerciseStarted(exercise.id, exerciseScenario(exercise.id, tr))}>
          {tr.t('teach.exercise.restart')}
        </button>
        <button type="button" onClick={exerciseLeft}>
          {tr.t('teach.exercise.end')}
        </button>
      </div>
    </div>
  );
}
