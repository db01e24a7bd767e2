import { EXERCISES } from '../../core/teach/exercises';
import { teachText } from '../../i18n/teach';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { exerciseScenario } from './exerciseScenario';
import { ExerciseCard } from './ExerciseCard';
import '../../i18n/teaching/register';

/** Guided exercises on the teaching cases; the scenario on screen is the answer, checked as it changes. */
export function ExerciseList() {
  const current = useStore((s) => s.exercise);
  const exerciseStarted = useStore((s) => s.exerciseStarted);
  const tr = useT();
  const active = EXERCISES.find((e) => e.id === current);
  return (
    <div className="exercises">
      {active && <ExerciseCard exercise={active} />}
      <ul className="exercises__list">
        {EXERCISES.filter((e) => e.id !== current).map((e) => {
          const title = teachText(e.title, tr);
          return (
            <li key={e.id}>
              <span>
                <strong>{tr.t('teach.exercise.listTitle', { title })}</strong> {teachText(e.task, tr)}
              </span>
              <button type="button" onClick={() => exerciseStarted(e.id, exerciseScenario(e.id, tr))} aria-label={tr.t('teach.exercise.startLabel', { title })}>
                {tr.t('teach.exercise.start')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="hint">{tr.t('teach.exercise.replaces')}</p>
    </div>
  );
}
