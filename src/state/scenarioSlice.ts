import type { StateCreator } from 'zustand';
import { participates } from '../core/rules/participation';
import { uniformScenario, type Scenario } from '../core/scenario/scenario';
import { allDatasets, findDataset } from '../core/data/datasets';
import { isoDay, voteDateProblem } from '../core/data/period';
import { datedScenario, onDataset } from '../core/scenario/voteDate';
import type { Position } from '../core/rules/vote';
import { emptyHistory, redo, undo, type Screen } from './history';
import { opened } from './open';
import type { ScenarioActions, ScenarioState, Store } from './types';

/** Scenarios the app started with, untouched: the only ones figures loaded later may re-date. */
const fresh = new WeakSet<Scenario>();

/** A new scenario: every member undecided, dated today, on the table of today. */
export function freshScenario(datasets = allDatasets(), today = isoDay(new Date())): Scenario {
  const scenario = datedScenario(uniformScenario(undefined, 'undecided'), today, datasets);
  fresh.add(scenario);
  return scenario;
}

/** Is this the scenario the app started with, never edited nor replaced? */
export const isFresh = (s: Scenario): boolean => fresh.has(s);

export const initialScenario = (): ScenarioState => {
  const scenario = freshScenario();
  return { scenario, origin: scenario, linkError: null, presetId: null, drafts: {}, editNotice: null, history: emptyHistory() };
};

const screenOf = (s: Store): Screen => ({ scenario: s.scenario, openId: s.openId, presetId: s.presetId });

const setAll = (positions: Scenario['positions'], f: (code: string, p: Position) => Position) =>
  Object.fromEntries(Object.entries(positions).map(([code, p]) => [code, f(code, p ?? 'undecided')]));

export const createScenarioSlice: StateCreator<Store, [], [], ScenarioState & ScenarioActions> = (set, get) => ({
  ...initialScenario(),
  positionSet: (code, position) =>
    set((s) => ({ scenario: { ...s.scenario, positions: { ...s.scenario.positions, [code]: position } } })),
  allPositionsSet: (position) =>
    set((s) => ({ scenario: { ...s.scenario, positions: setAll(s.scenario.positions, () => position) } })),
  positionsPasted: (positions) =>
    set((s) => ({ scenario: { ...s.scenario, positions: { ...s.scenario.positions, ...positions } } })),
  ruleChosen: (rule) => set((s) => ({ scenario: { ...s.scenario, rule } })),
  // A table chosen by hand keeps the date of the vote: the notice then says when it is not that date's.
  datasetChosen: (datasetId) =>
    set((s) => {
      const d = findDataset(datasetId);
      return d.ok && d.value.role === 'council' ? { scenario: onDataset(s.scenario, d.value, s.scenario.date, false) } : {};
    }),
  dateChosen: (date) =>
    set((s) => {
      if (date === '') {
        const { date: _gone, ...undated } = s.scenario;
        return s.scenario.date === undefined ? {} : { scenario: undated };
      }
      if (voteDateProblem(date) || date === s.scenario.date) return {};
      return { scenario: datedScenario(s.scenario, date, allDatasets()) };
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
  linkNoticeShown: (notice) => set({ linkError: notice }),
  linkScenarioOpened: (scenario, notice, libraryNotice) =>
    set((s) => ({ ...opened(s, { scenario, openId: null, presetId: null }), linkError: notice, ...(libraryNotice ? { libraryNotice } : {}) })),
  linkErrorDismissed: () => set({ linkError: null }),
  presetOpened: (scenario, presetId) => set((s) => opened(s, { scenario, presetId, openId: null })),
  savedReverted: () =>
    set((s) => {
      const saved = s.library.find((x) => x.id === s.openId);
      return saved ? { scenario: saved.scenario, origin: saved.scenario, editNotice: null } : {};
    }),
  editNoticeDismissed: () => set({ editNotice: null }),
  draftsLoaded: (drafts) => set({ drafts }),
  // Travel in time replaces the screen as it was, without recording a step (see store.ts).
  undone: () => {
    const r = undo(get().history, screenOf(get()));
    if (r) set({ ...r.screen, history: r.history, editNotice: null });
  },
  redone: () => {
    const r = redo(get().history, screenOf(get()));
    if (r) set({ ...r.screen, history: r.history, editNotice: null });
  },
  historyLoaded: (history) => set({ history }),
});
