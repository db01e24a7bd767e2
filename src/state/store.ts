/**
 * The one store, built from slices. It holds inputs only; results are derived by selectors.
 */
import { create } from 'zustand';
import { recorded } from './history';
import { createScenarioSlice, initialScenario } from './scenarioSlice';
import type { Store } from './types';
import { createUiSlice, initialUi } from './uiSlice';
import { createLibrarySlice, initialLibrary } from './librarySlice';
import { createWhatIfSlice, initialWhatIf } from './whatIfSlice';
import { createFiguresSlice, initialFigures } from './figuresSlice';
import { createFilesSlice, initialFiles } from './filesSlice';

export const useStore = create<Store>()((set, get, api) => {
  /** Every change of the scenario on screen becomes a step to undo, except undo and redo themselves. */
  const recording = ((partial: Parameters<typeof set>[0], replace?: boolean) => {
    const before = get();
    set(partial as never, replace as never);
    const after = get();
    if (after.scenario === before.scenario || after.history !== before.history) return;
    const screen = (s: Store) => ({ scenario: s.scenario, openId: s.openId, presetId: s.presetId });
    set({ history: recorded(before.history, screen(before), screen(after), Date.now()) });
  }) as typeof set;
  return {
    ...createScenarioSlice(recording, get, api),
    ...createUiSlice(recording, get, api),
    ...createLibrarySlice(recording, get, api),
    ...createWhatIfSlice(set, get, api),
    ...createFiguresSlice(set, get, api),
    ...createFilesSlice(recording, get, api),
  };
});

/** Back to a fresh start (tests). */
export function resetStore(): void {
  // Figures first: the new scenario is dated on the shipped tables only.
  useStore.setState({ ...initialFigures(), ...initialScenario(), ...initialUi(), ...initialLibrary(), ...initialWhatIf(), ...initialFiles() });
}
