import { opened } from './open';
import type { StateCreator } from 'zustand';
import type { Store, UiActions, UiState } from './types';

export const initialUi = (): UiState => ({ order: 'protocol', view: 'list', presenting: false, explaining: false, exercise: null, printScope: 'current', locale: 'en' });

export const createUiSlice: StateCreator<Store, [], [], UiState & UiActions> = (set) => ({
  ...initialUi(),
  orderChosen: (order) => set({ order }),
  viewChosen: (view) => set({ view }),
  presentationEntered: () => set({ presenting: true }),
  presentationLeft: () => set({ presenting: false }),
  explanationToggled: (open) => set({ explaining: open }),
  // Like opening a preset: the exercise's starting scenario replaces the one on screen.
  exerciseStarted: (id, start) => set((s) => ({ exercise: id, explaining: true, ...opened(s, { scenario: start, openId: null, presetId: null }) })),
  exerciseLeft: () => set({ exercise: null }),
  printScopeChosen: (printScope) => set({ printScope }),
  localeChosen: (locale) => set({ locale }),
});
