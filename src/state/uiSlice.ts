import { opened } from './open';
import type { StateCreator } from 'zustand';
import { exerciseStart, type ExerciseId } from '../core/teach/exercises';
import { translator } from '../i18n/translator';
import type { Locale } from '../i18n/locales';
import type { Store, UiActions, UiState } from './types';

export const initialUi = (): UiState => ({ order: 'protocol', view: 'list', presenting: false, explaining: false, exercise: null, printScope: 'current', locale: 'en' });

/** "Exercise: The smallest blocking minority", in the language on screen. */
function exerciseName(id: ExerciseId, locale: Locale): string {
  const tr = translator(locale);
  return tr.t('teach.exercise.name', { title: tr.t(`teach.exercise.${id}.title`) });
}

export const createUiSlice: StateCreator<Store, [], [], UiState & UiActions> = (set) => ({
  ...initialUi(),
  orderChosen: (order) => set({ order }),
  viewChosen: (view) => set({ view }),
  presentationEntered: () => set({ presenting: true }),
  presentationLeft: () => set({ presenting: false }),
  explanationToggled: (open) => set({ explaining: open }),
  // Like opening a preset: the exercise's starting scenario replaces the one on screen.
  exerciseStarted: (id) =>
    set((s) => ({ exercise: id, explaining: true, ...opened(s, { scenario: exerciseStart(id, exerciseName(id, s.locale)), openId: null, presetId: null }) })),
  exerciseLeft: () => set({ exercise: null }),
  printScopeChosen: (printScope) => set({ printScope }),
  localeChosen: (locale) => set({ locale }),
});
