/**
 * Keeps the scenario library in browser storage: loads it through the one gate, keeps
 * unreadable data aside, writes every change, and merges instead of overwriting when another
 * tab wrote in between.
 */
import { LIBRARY_VERSION, mergeLibraries, restoreLibrary, type SavedScenario } from '../core/scenario/library';
import type { KeyValueStore } from './storage';
import { useStore } from './store';

export const LIBRARY_KEY = 'council-vote.library';
export const UNREADABLE_KEY = 'council-vote.library.unreadable';

type Read = { kind: 'empty' } | { kind: 'ok'; revision: number; scenarios: SavedScenario[] } | { kind: 'bad'; text: string; why: string };

function read(store: KeyValueStore): Read {
  const text = store.get(LIBRARY_KEY);
  if (text === null) return { kind: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'bad', text, why: 'the stored data is not valid JSON' };
  }
  const lib = restoreLibrary(raw);
  if (!lib.ok) return { kind: 'bad', text, why: lib.error.message };
  const revision = (raw as { revision?: unknown }).revision;
  return { kind: 'ok', revision: typeof revision === 'number' ? revision : 0, scenarios: [...lib.value.scenarios] };
}

export function startPersistence(store: KeyValueStore, win?: Window): () => void {
  let revision = 0;
  let writable = true;
  const deletedHere = new Set<string>();
  const state = useStore.getState;

  let loading = false;
  const load = () => {
    const r = read(store);
    if (r.kind === 'ok') {
      revision = r.revision;
      loading = true; // what was just read needs no writing back
      state().libraryLoaded(r.scenarios);
      loading = false;
    } else if (r.kind === 'bad') {
      writable = store.set(UNREADABLE_KEY, r.text);
      const kept = writable
        ? 'It was kept aside unchanged; export it from the Scenarios panel.'
        : 'It could not be copied aside, so nothing will be saved until you export it.';
      state().unreadableKept(r.text, {
        text: `Your saved scenarios could not be read (${r.why}). ${kept}`,
        message: { key: writable ? 'notice.unreadableKept' : 'notice.unreadableNotKept', params: { why: r.why } },
      });
    }
  };

  const write = (scenarios: readonly SavedScenario[]) => {
    if (!writable) return;
    const stored = read(store);
    if (stored.kind === 'ok' && stored.revision !== revision) {
      // Another tab wrote since we last read: merge rather than overwrite.
      revision = stored.revision;
      const merged = mergeLibraries(stored.scenarios, scenarios, deletedHere);
      state().libraryLoaded(merged, { kind: 'info', text: 'Scenarios changed in another tab were merged with yours.', message: { key: 'notice.merged' } });
      return; // libraryLoaded triggers another write, now on the latest revision.
    }
    revision += 1;
    const ok = store.set(LIBRARY_KEY, JSON.stringify({ format: 'council-vote-library', version: LIBRARY_VERSION, revision, scenarios }));
    if (!ok) {
      const text = 'Could not save: browser storage is full or disabled. Export your library to keep it.';
      state().libraryLoaded(scenarios, { kind: 'error', text, message: { key: 'notice.storageFull' } });
    }
  };

  load();
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.library === prev.library || loading) return;
    const now = new Set(s.library.map((x) => x.id));
    for (const x of prev.library) if (!now.has(x.id)) deletedHere.add(x.id);
    for (const id of now) deletedHere.delete(id);
    write(s.library);
  });
  const onStorage = (e: StorageEvent) => {
    if (e.key === LIBRARY_KEY) load();
  };
  win?.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    win?.removeEventListener('storage', onStorage);
  };
}
