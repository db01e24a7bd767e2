import { useMemo } from 'react';
import { checkExercise, type Exercise } from '../../core/exercises';
import { useStore } from '../../state/store';

/** The exercise in progress: its task, and the engine's check of the scenario on screen. */
export function ExerciseCard({ exercise }: { readonly exercise: Exercise }) {
  const scenario = useStore((s) => s.scenario);
  const exerciseStarted = useStore((s) => s.exerciseStarted);
  const exerciseLeft = useStore((s) => s.exerciseLeft);
  const check = useMemo(() => checkExercise(exercise.id, scenario), [exercise.id, scenario]);
  return (
    <div className={`exercise exercise--${check.solved ? 'solved' : 'open'}`} data-exercise={exercise.id}>
      <h4>{exercise.title}</h4>
      <p>{exercise.task}</p>
      <p className="exercise__check" aria-live="polite">
        <strong>
          <span aria-hidden="true">{check.solved ? '✓ ' : '… '}</span>
          {check.solved ? 'Solved.' : 'Not solved yet.'}
        </strong>{' '}
        {check.hint.replace(/^Solved: /, '')}
      </p>
      <div className="exercise__actions">
        <button type="button" onClick={() => exerciseStarted(exercise.id)}>
          Start again
        </button>
        <button type="button" onClick={exerciseLeft}>
          End exercise
        </button>
      </div>
    </div>
  );
}
