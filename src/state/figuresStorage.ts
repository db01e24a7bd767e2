/**
 * Keeps the official figures the user added in browser storage, one key per dataset, read back
 * through the core's gate (restoreAdded). Must start before anything that restores scenarios
 * (the library, the address bar, the tab's undo history), so their datasets are known.
 */
import { addedDatasetJson, restoreAdded } from '../core/data/addedFigures';
import type { Dataset } from '../core/data/dataset';
import type { KeyValueStore } from './storage';
import { useStore } from './store';

export const FIGURES_PREFIX = 'council-vote.figures.';

function readAll(store: KeyValueStore): Dataset[] {
  const out: Dataset[] = [];
  for (const key of store.keys(FIGURES_PREFIX)) {
    try {
      const r = restoreAdded(JSON.parse(store.get(key) ?? ''), key);
      // Unreadable figures stay stored untouched (nothing the user had is overwritten) but unused.
      if (r.ok && FIGURES_PREFIX + r.value.id === key) out.push(r.value);
    } catch {
      /* not JSON: left as it is */
    }
  }
  return out.sort((a, b) => (a.period.from < b.period.from ? 1 : -1));
}

/** Loads the added figures into the store, then writes every addition and removal. Returns a stop function. */
export function startFigures(store: KeyValueStore, win?: Window): () => void {
  let loading = false;
  const load = () => {
    loading = true;
    try {
      useStore.getState().figuresLoaded(readAll(store));
    } finally {
      loading = false;
    }
  };
  load();
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.addedDatasets === prev.addedDatasets || loading) return;
    const before = new Set(prev.addedDatasets);
    const failed = s.addedDatasets.filter((d) => !before.has(d) && !store.set(FIGURES_PREFIX + d.id, JSON.stringify(addedDatasetJson(d))));
    if (failed.length > 0) {
      s.libraryNoticeShown({ kind: 'error', text: 'Could not save: browser storage is full or disabled. Export your library to keep it.', message: { key: 'notice.storageFull' } });
    }
    const now = new Set(s.addedDatasets.map((d) => d.id));
    for (const d of prev.addedDatasets) if (!now.has(d.id)) store.remove(FIGURES_PREFIX + d.id);
  });
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(FIGURES_PREFIX)) load();
  };
  win?.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    win?.removeEventListener('storage', onStorage);
  };
}
