/**
 * Keeps the official figures the user added in browser storage, one key per dataset, read back
 * through the core's gate (restoreAdded); one that cannot be read is kept aside like an
 * unreadable scenario, and named. Must start before anything that restores scenarios
 * (the library, the address bar, the tab's undo history), so their datasets are known.
 */
import { addedDatasetJson, restoreAdded } from '../core/data/addedFigures';
import type { Dataset } from '../core/data/dataset';
import { moveAside, parseJson, readKept } from './kept';
import type { KeyValueStore } from './storage';
import { useStore } from './store';
import type { Notice } from './types';
import { FIGURES_PREFIX } from './workKeys';
import { STORAGE_FULL, writeEach } from './writeEach';

export { FIGURES_PREFIX };

/** Added figures that could not be read at the last load, by id, with why: kept aside, named to the scenarios that use them. */
let unreadable: ReadonlyMap<string, string> = new Map();

/** The ids of stored added figures that could not be read, with the reason. */
export function unreadableFigures(): ReadonlyMap<string, string> {
  return unreadable;
}

interface Unreadable {
  readonly id: string;
  readonly why: string;
  readonly kept: boolean;
}

/**
 * Every stored table through the one gate ({@link restoreAdded}); one that fails is moved among
 * the kept copies, byte for byte, with its real problem (nothing the user had is overwritten).
 */
function readAll(store: KeyValueStore): { list: Dataset[]; problems: Unreadable[] } {
  const list: Dataset[] = [];
  const problems: Unreadable[] = [];
  for (const key of store.keys(FIGURES_PREFIX)) {
    const text = store.get(key) ?? '';
    const id = key.slice(FIGURES_PREFIX.length);
    const p = parseJson(text);
    const r = p.ok ? restoreAdded(p.value, 'the stored figures') : null;
    if (r?.ok && r.value.id === id) {
      list.push(r.value);
      continue;
    }
    const why = !r ? 'the stored data is not valid JSON' : r.ok ? 'they are stored under another id' : r.error.message.replace(/^the stored figures: /, '').replace(/\.$/, '');
    problems.push({ id, why, kept: moveAside(store, key, text, `the added population figures ${JSON.stringify(id)}: ${why}`) });
  }
  return { list: list.sort((a, b) => (a.period.from < b.period.from ? 1 : -1)), problems };
}

function noticeOf(first: Unreadable): Notice {
  const id = JSON.stringify(first.id);
  const text = first.kept
    ? `Your added population figures ${id} could not be read (${first.why}). They were kept aside unchanged, with any saved scenario that uses them; export them from the Scenarios panel.`
    : `Your added population figures ${id} could not be read (${first.why}). They could not be copied aside and stay where they were; export your library to keep your other work.`;
  return { kind: 'error', text, message: { key: first.kept ? 'notice.figuresUnreadable' : 'notice.figuresUnreadableNotKept', params: { id, why: first.why } } };
}

/** Loads the added figures into the store, then writes every addition and removal. Returns a stop function. */
export function startFigures(store: KeyValueStore, win?: Window): () => void {
  let loading = false;
  const load = () => {
    loading = true;
    try {
      const { list, problems } = readAll(store);
      const s = useStore.getState();
      s.figuresLoaded(list);
      if (problems.length === 0) return;
      unreadable = new Map([...unreadable, ...problems.map((p) => [p.id, p.why] as const)]);
      s.keptListed(readKept(store));
      s.libraryNoticeShown(noticeOf(problems[0]!));
    } finally {
      loading = false;
    }
  };
  const write = (next: readonly Dataset[], prev: readonly Dataset[]) => {
    if (!writeEach(store, FIGURES_PREFIX, next, prev, (d) => JSON.stringify(addedDatasetJson(d)))) useStore.getState().libraryNoticeShown(STORAGE_FULL);
  };
  // With nothing stored, this may start after figures came with a link (it loads on demand): they are written, not replaced.
  if (store.keys(FIGURES_PREFIX).length > 0) load();
  else write(useStore.getState().addedDatasets, []);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.addedDatasets !== prev.addedDatasets && !loading) write(s.addedDatasets, prev.addedDatasets);
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
