/**
 * Official figures the user added (see src/core/data/addedFigures.ts). The list lives here for
 * the screen to follow, and is handed to the core's dataset lookup on every change, so added
 * figures are found everywhere a dataset id is (restore, links, presets, print). Persisted by
 * figuresStorage.ts, one key per dataset.
 */
import type { StateCreator } from 'zustand';
import { setAddedDatasets, DEFAULT_DATASET_ID } from '../core/data/datasets';
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
    figuresLoaded: (list) => update(list),
    figuresAdded: (dataset) => update([...get().addedDatasets.filter((d) => d.id !== dataset.id), dataset]),
    figuresRemoved: (id) => {
      const s = get();
      const saved = s.library.find((x) => x.scenario.datasetId === id);
      if (saved) return { ok: false, usedBy: saved.scenario.name ?? saved.id };
      const draft = Object.keys(s.drafts).find((k) => s.drafts[k]?.datasetId === id);
      if (draft) return { ok: false, usedBy: s.library.find((x) => x.id === draft)?.scenario.name ?? draft };
      if (s.scenario.datasetId === id) s.datasetChosen(DEFAULT_DATASET_ID);
      const keep = (x: { scenario: { datasetId: string } }) => x.scenario.datasetId !== id;
      const h = get().history;
      set({ history: { ...h, past: h.past.filter(keep), future: h.future.filter(keep) } });
      update(get().addedDatasets.filter((d) => d.id !== id));
      return { ok: true };
    },
  };
};
