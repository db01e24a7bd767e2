/**
 * The one store, built from slices. It holds inputs only; results are derived by selectors.
 */
import { create } from 'zustand';
import { createScenarioSlice, initialScenario } from './scenarioSlice';
import type { Store } from './types';
import { createUiSlice, initialUi } from './uiSlice';
import { createLibrarySlice, initialLibrary } from './librarySlice';

export const useStore = create<Store>()((...a) => ({
  ...createScenarioSlice(...a),
  ...createUiSlice(...a),
  ...createLibrarySlice(...a),
}));

/** Back to a fresh start (tests). */
export function resetStore(): void {
  useStore.setState({ ...initialScenario(), ...initialUi(), ...initialLibrary() });
}
