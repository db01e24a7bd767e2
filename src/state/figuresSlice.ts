/**
 * Official figures the user added (see src/core/data/addedFigures.ts). The list lives here for
 * the screen to follow, and is handed to the core's dataset lookup on every change, so added
 * figures are found everywhere a dataset id is (restore, links, presets, print). Persisted by
 * figuresStorage.ts, one key per dataset.
 */
import type { StateCreator } from 'zustand';
import { setAddedDatasets, DEFAULT_DATASET_ID, datasetsWith } from '../core/data/datasets';
import { datedScenario } from '../core/scenario/voteDate';
import { freshScenario, isFresh } from './scenarioSlice';
import type { Dataset } from '../core/data/dataset';
import type { FiguresActions, FiguresState, Store } from './types';

export const initialFigures = (): FiguresState => {
  setAddedDatasets([]);
  return { addedDatasets: [] };
};

export const createFiguresSlice: StateCreator<Store, [], [], FiguresState & FiguresActions> = (set, get) => {
  const update = (list: readonly Dataset[]) => {
    setAddedDatasets(list); // before the screen re-renders with them
    set({ addedDatasets: list });
  };
  return {
    ...initialFigures(),
    // The untouched scenario of a new start follows the figures read back (today's added table);
    // anything opened, edited or saved keeps its figures.
    figuresLoaded: (list) => {
      update(list);
      const s = get();
      if (!isFresh(s.scenario) || s.scenario.date === undefined) return;
      const scenario = freshScenario(datasetsWith(list), s.scenario.date);
      if (scenario.datasetId !== s.scenario.datasetId) set({ scenario, origin: scenario });
    },
    figuresAdded: (dataset) => update([...get().addedDatasets.filter((d) => d.id !== dataset.id), dataset]),
    figuresRemoved: (id) => {
      const s = get();
      const saved = s.library.find((x) => x.scenario.datasetId === id);
      if (saved) return { ok: false, usedBy: saved.scenario.name ?? saved.id };
      const draft = Object.keys(s.drafts).find((k) => s.drafts[k]?.datasetId === id);
      if (draft) return { ok: false, usedBy: s.library.find((x) => x.id === draft)?.scenario.name ?? draft };
      const file = s.files.find((d) => d.snapshots.some((x) => x.scenario.datasetId === id));
      if (file) return { ok: false, usedBy: file.name, inFile: true };
      const remaining = get().addedDatasets.filter((d) => d.id !== id);
      if (s.scenario.datasetId === id) {
        // A dated scenario moves to the table of its date among those left; else to the default.
        if (s.scenario.date !== undefined) set({ scenario: datedScenario(s.scenario, s.scenario.date, datasetsWith(remaining)) });
        else s.datasetChosen(DEFAULT_DATASET_ID);
      }
      const keep = (x: { scenario: { datasetId: string } }) => x.scenario.datasetId !== id;
      const h = get().history;
      set({ history: { ...h, past: h.past.filter(keep), future: h.future.filter(keep) } });
      update(remaining);
      return { ok: true };
    },
  };
};
