import { EXERCISES } from '../../core/exercises';
import { useStore } from '../../state/store';
import { ExerciseCard } from './ExerciseCard';

/** Guided exercises on the teaching cases; the scenario on screen is the answer, checked as it changes. */
export function ExerciseList() {
  const current = useStore((s) => s.exercise);
  const exerciseStarted = useStore((s) => s.exerciseStarted);
  const active = EXERCISES.find((e) => e.id === current);
  return (
    <div className="exercises">
      {active && <ExerciseCard exercise={active} />}
      <ul className="exercises__list">
        {EXERCISES.filter((e) => e.id !== current).map((e) => (
          <li key={e.id}>
            <span>
              <strong>{e.title}.</strong> {e.task}
            </span>
            <button type="button" onClick={() => exerciseStarted(e.id)} aria-label={`Start exercise: ${e.title}`}>
              Start
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">Starting an exercise replaces the scenario on screen, as opening a preset does. Save yours first if you want to keep it.</p>
    </div>
  );
}
