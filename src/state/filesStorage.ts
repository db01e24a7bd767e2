/**
 * Keeps the user's files of snapshots in browser storage, one key per file, so two tabs changing
 * different files never overwrite each other. Everything read goes through the core's file gate
 * (which admits every snapshot through the scenario gate); anything unreadable is kept aside byte
 * for byte, like an unreadable saved scenario, and listed with the kept copies until deleted.
 * Starts after the added figures, which snapshots may use.
 */
import { dossierJson, type Dossier } from '../core/scenario/dossier';
import { restoreDossier } from '../core/scenario/dossierGate';
import { ordinal } from '../core/order';
import { keepAside, readKept } from './kept';
import type { KeyValueStore } from './storage';
import { useStore } from './store';
import { FILE_PREFIX } from './workKeys';
import { STORAGE_FULL, writeEach } from './writeEach';

export { FILE_PREFIX };

function readAll(store: KeyValueStore): { files: Dossier[]; setAside: string[] } {
  const files: Dossier[] = [];
  const setAside: string[] = [];
  for (const key of store.keys(FILE_PREFIX)) {
    const text = store.get(key) ?? '';
    let why: string;
    try {
      const r = restoreDossier(JSON.parse(text));
      if (r.ok && FILE_PREFIX + r.value.id === key) {
        files.push(r.value);
        continue;
      }
      why = r.ok ? 'it is stored under another id' : r.error.message;
    } catch {
      why = 'the stored data is not valid JSON';
    }
    // The original goes only once its copy is written.
    if (keepAside(store, text, why, key)) store.remove(key);
    setAside.push(why);
  }
  return { files: files.sort((a, b) => ordinal(a.createdAt, b.createdAt)), setAside };
}

/** Loads the files into the store, then writes every change and follows other tabs. Returns a stop function. */
export function startFilesStorage(store: KeyValueStore, win?: Window): () => void {
  let loading = false;
  const load = () => {
    loading = true;
    try {
      const { files, setAside } = readAll(store);
      const s = useStore.getState();
      s.filesLoaded(files);
      if (setAside.length) {
        s.keptListed(readKept(store));
        const why = setAside[0]!;
        s.libraryNoticeShown({ kind: 'error', text: `A file of snapshots could not be read (${why}). It was kept aside unchanged; export it from the Scenarios panel.`, message: { key: 'files.unreadableKept', params: { why } } });
      }
    } finally {
      loading = false;
    }
  };
  const write = (next: readonly Dossier[], prev: readonly Dossier[]) => {
    if (!writeEach(store, FILE_PREFIX, next, prev, (d) => JSON.stringify(dossierJson(d)))) useStore.getState().libraryNoticeShown(STORAGE_FULL);
  };
  // With nothing stored, this may start after the user's first steps (it loads on demand): they are written, not replaced.
  if (store.keys(FILE_PREFIX).length > 0) load();
  else write(useStore.getState().files, []);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.files !== prev.files && !loading) write(s.files, prev.files);
  });
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(FILE_PREFIX)) load();
  };
  win?.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    win?.removeEventListener('storage', onStorage);
  };
}
