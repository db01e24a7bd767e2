import { useMemo } from 'react';
import { checkExercise } from '../../core/teach/exercises';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import '../../i18n/teaching/register';

/** The exercise in progress, solved or not: shown beside the verdict while the student sets positions. */
export default function ExerciseState() {
  const exercise = useStore((s) => s.exercise);
  const scenario = useStore((s) => s.scenario);
  const solved = useMemo(() => (exercise ? checkExercise(exercise, scenario).solved : false), [exercise, scenario]);
  const { t } = useT();
  if (!exercise) return null;
  return (
    <span className={`vsum__exercise vsum__exercise--${solved ? 'solved' : 'open'}`}>
      <span aria-hidden="true">{solved ? '✓ ' : '… '}</span>
      {t(solved ? 'teach.exercise.solved' : 'teach.exercise.notSolved')}
    </span>
  );
}

