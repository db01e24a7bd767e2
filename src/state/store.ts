/**
 * The one store, built from slices. It holds inputs only; results are derived by selectors.
 */
import { create } from 'zustand';
import { createScenarioSlice, initialScenario } from './scenarioSlice';
import type { Store } from './types';
import { createUiSlice, initialUi } from './uiSlice';

export const useStore = create<Store>()((...a) => ({
  ...createScenarioSlice(...a),
  ...createUiSlice(...a),
}));

/** Back to a fresh start (tests). */
export function resetStore(): void {
  useStore.setState({ ...initialScenario(), ...initialUi() });
}
