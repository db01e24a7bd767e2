import { exerciseStart, type ExerciseId } from '../../core/teach/exercises';
import type { Scenario } from '../../core/scenario/scenario';
import type { Translator } from '../../i18n/translator';
import '../../i18n/teaching/register';

/** An exercise's starting scenario, named in the language on screen ("Exercise: …"). */
export function exerciseScenario(id: ExerciseId, tr: Translator): Scenario {
  return exerciseStart(id, tr.t('teach.exercise.name', { title: tr.t(`teach.exercise.${id}.title`) }));
}
