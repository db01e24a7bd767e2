import type { StateCreator } from 'zustand';
import { participates } from '../core/rules/participation';
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
  linkOpened: (decoded) => {
    if (!decoded.ok) return set({ linkError: { kind: 'refused', message: decoded.error.message } });
    const { scenario, damage } = decoded.value;
    if (damage?.kind === 'cut') return set({ linkError: { kind: 'cut', message: damage.message, offer: scenario } });
    set({ scenario, linkError: damage ? { kind: 'partial', message: damage.message } : null });
  },
  linkOfferTaken: () =>
    set((s) => (s.linkError?.kind === 'cut' ? { scenario: s.linkError.offer, linkError: null } : {})),
  linkErrorDismissed: () => set({ linkError: null }),
  presetOpened: (scenario, presetId) => set({ scenario, presetId, openId: null }),
});
