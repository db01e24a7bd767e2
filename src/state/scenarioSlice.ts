import type { StateCreator } from 'zustand';
import { participates } from '../core/rules/participation';
import { decodeLink } from '../core/scenario/link';
import { uniformScenario, type Scenario } from '../core/scenario/scenario';
import type { Position } from '../core/rules/vote';
import type { ScenarioActions, ScenarioState, Store } from './types';

export const initialScenario = (): ScenarioState => ({ scenario: uniformScenario(undefined, 'undecided'), linkError: null, presetId: null });

const setAll = (positions: Scenario['positions'], f: (code: string, p: Position) => Position) =>
  Object.fromEntries(Object.entries(positions).map(([code, p]) => [code, f(code, p ?? 'undecided')]));

export const createScenarioSlice: StateCreator<Store, [], [], ScenarioState & ScenarioActions> = (set) => ({
  ...initialScenario(),
  positionSet: (code, position) =>
    set((s) => ({ scenario: { ...s.scenario, positions: { ...s.scenario.positions, [code]: position } } })),
  allPositionsSet: (position) =>
    set((s) => ({ scenario: { ...s.scenario, positions: setAll(s.scenario.positions, () => position) } })),
  ruleChosen: (rule) => set((s) => ({ scenario: { ...s.scenario, rule } })),
  datasetChosen: (datasetId) =>
    set((s) => {
      const next = uniformScenario(datasetId, 'undecided', s.scenario.rule);
      const kept = setAll(next.positions, (code, p) => s.scenario.positions[code as keyof typeof s.scenario.positions] ?? p);
      return { scenario: { ...next, positions: kept } };
    }),
  participationApplied: (preset) =>
    set((s) => ({
      scenario: {
        ...s.scenario,
        positions: setAll(s.scenario.positions, (code, p) =>
          !participates(preset, code) ? 'absent' : p === 'absent' ? 'undecided' : p,
        ),
      },
    })),
  linkOpened: (fragment) => {
    const decoded = decodeLink(fragment);
    set(decoded.ok ? { scenario: decoded.value, linkError: null } : { linkError: decoded.error.message });
  },
  linkErrorDismissed: () => set({ linkError: null }),
  presetOpened: (scenario, presetId) => set({ scenario, presetId, openId: null }),
});
