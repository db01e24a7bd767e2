/**
 * The one store, built from slices. It holds inputs only; results are derived by selectors.
 */
import { create } from 'zustand';
import { createScenarioSlice, initialScenario } from './scenarioSlice';
import type { Store } from './types';
import { createUiSlice, initialUi } from './uiSlice';
import { createLibrarySlice, initialLibrary } from './librarySlice';
import { createWhatIfSlice, initialWhatIf } from './whatIfSlice';

export const useStore = create<Store>()((...a) => ({
  ...createScenarioSlice(...a),
  ...createUiSlice(...a),
  ...createLibrarySlice(...a),
  ...createWhatIfSlice(...a),
}));

/** Back to a fresh start (tests). */
export function resetStore(): void {
  useStore.setState({ ...initialScenario(), ...initialUi(), ...initialLibrary(), ...initialWhatIf() });
}
