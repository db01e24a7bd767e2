/**
 * Keeps the scenario library in browser storage, one key per saved scenario, so that two tabs
 * saving at the same moment write different keys and nothing is lost; the order is a key of its
 * own (losing an order write loses no scenario). Everything read goes through the one gate;
 * anything unreadable is kept aside, byte for byte, each under a key of its own, and listed
 * until the user deletes it.
 */
import { restoreLibrary, restoreSaved, type SavedScenario } from '../core/scenario/library';
import { SCENARIO_VERSION, type Scenario } from '../core/scenario/scenario';
import { restoreScenario } from '../core/scenario/scenarioGate';
import type { KeyValueStore } from './storage';
import { useStore } from './store';
import { keepAside, KEPT_PREFIX, moveAside, parseJson, readKept } from './kept';
import { unreadableFigures } from './figuresStorage';
import { STORAGE_FULL, writeEach } from './writeEach';
import { DRAFT_PREFIX, keepsLibrary, LEGACY_LIBRARY_KEY, LEGACY_UNREADABLE_KEY, ORDER_KEY, SCENARIO_PREFIX } from './workKeys';

export { KEPT_PREFIX, SCENARIO_PREFIX, ORDER_KEY, DRAFT_PREFIX, LEGACY_LIBRARY_KEY, LEGACY_UNREADABLE_KEY };

const state = useStore.getState;
const itemKey = (id: string) => SCENARIO_PREFIX + id;
/** A scenario as stored, with its version, so a later version of the app migrates it. */
export const versioned = (s: Scenario) => ({ version: SCENARIO_VERSION, ...s });
const itemText = (x: SavedScenario) => JSON.stringify({ ...x, scenario: versioned(x.scenario) });

const parse = parseJson;

interface Problem {
  readonly why: string;
  /** False when it could not be copied aside and stays where it was. */
  readonly kept: boolean;
  /** It is sound, but its population figures could not be read (their own notice says why). */
  readonly figures: boolean;
}

const FIGURES_WHY = 'its population figures';

/** Why a stored scenario on `datasetId` failed: its figures' real problem when they were kept aside, else the gate's. */
function whyOf(raw: unknown, message: string): string {
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
  const s = isObj(raw) && isObj(raw.scenario) ? raw.scenario : raw;
  const id = isObj(s) && typeof s.datasetId === 'string' ? s.datasetId : undefined;
  const figures = id === undefined ? undefined : unreadableFigures().get(id);
  return figures ? `${FIGURES_WHY} ${JSON.stringify(id)} could not be read (${figures}) and were kept aside` : message;
}

/** Moves unreadable text from `key` aside; the original goes only once its copy is written. */
function setAside(store: KeyValueStore, key: string, text: string, why: string, problems: Problem[]): void {
  problems.push({ why, kept: moveAside(store, key, text, why), figures: why.startsWith(FIGURES_WHY) });
}

/** Earlier versions stored the whole library under one key: split it, once. */
function migrateLegacy(store: KeyValueStore, problems: Problem[]): void {
  const text = store.get(LEGACY_LIBRARY_KEY);
  if (text !== null) {
    const p = parse(text);
    const lib = p.ok ? restoreLibrary(p.value) : null;
    if (lib?.ok) {
      const written = lib.value.scenarios.every((x) => store.get(itemKey(x.id)) !== null || store.set(itemKey(x.id), itemText(x)));
      if (written && store.set(ORDER_KEY, JSON.stringify(lib.value.scenarios.map((x) => x.id)))) store.remove(LEGACY_LIBRARY_KEY);
    } else setAside(store, LEGACY_LIBRARY_KEY, text, lib ? lib.error.message : 'the stored data is not valid JSON', problems);
  }
  const old = store.get(LEGACY_UNREADABLE_KEY);
  if (old !== null && keepAside(store, old, 'kept aside by an earlier version of this app', LEGACY_UNREADABLE_KEY)) store.remove(LEGACY_UNREADABLE_KEY);
}

function readOrder(store: KeyValueStore): string[] {
  const p = parse(store.get(ORDER_KEY) ?? '[]');
  return p.ok && Array.isArray(p.value) ? p.value.filter((x): x is string => typeof x === 'string') : [];
}

/** Saved scenarios in the stored order; ones the order does not know (yet) first, newest first. */
function ordered(items: SavedScenario[], order: readonly string[]): SavedScenario[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const r = (x: SavedScenario) => rank.get(x.id) ?? -1;
  return [...items].sort((a, b) => r(a) - r(b) || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

function readItem(store: KeyValueStore, key: string): { ok: true; item: SavedScenario } | { ok: false; why: string } | null {
  const text = store.get(key);
  if (text === null) return null;
  const p = parse(text);
  if (!p.ok) return { ok: false, why: 'the stored data is not valid JSON' };
  const r = restoreSaved(p.value, 0);
  if (!r.ok) return { ok: false, why: whyOf(p.value, r.error.message) };
  return r.value.id === key.slice(SCENARIO_PREFIX.length) ? { ok: true, item: r.value } : { ok: false, why: 'it is stored under another id' };
}

function readLibrary(store: KeyValueStore, problems: Problem[]): SavedScenario[] {
  const items: SavedScenario[] = [];
  for (const key of store.keys(SCENARIO_PREFIX)) {
    const r = readItem(store, key);
    if (r?.ok) items.push(r.item);
    else if (r) setAside(store, key, store.get(key) ?? '', r.why, problems);
  }
  return ordered(items, readOrder(store));
}

function readDrafts(store: KeyValueStore, problems: Problem[]): Record<string, Scenario> {
  const drafts: Record<string, Scenario> = {};
  for (const key of store.keys(DRAFT_PREFIX)) {
    const text = store.get(key) ?? '';
    const p = parse(text);
    const r = p.ok ? restoreScenario(p.value) : null;
    if (r?.ok) drafts[key.slice(DRAFT_PREFIX.length)] = r.value;
    else setAside(store, key, text, r && p.ok ? whyOf(p.value, r.error.message) : 'the stored data is not valid JSON', problems);
  }
  return drafts;
}

/**
 * Loads the library (and anything kept aside) into the store, then writes every change the user
 * makes and follows changes made in other tabs. Returns a stop function.
 */
export function startPersistence(store: KeyValueStore, win?: Window): () => void {
  let loading = false;
  const quietly = (f: () => void) => {
    loading = true; // what was just read needs no writing back
    try {
      f();
    } finally {
      loading = false;
    }
  };

  const load = () => {
    const problems: Problem[] = [];
    migrateLegacy(store, problems);
    const library = readLibrary(store, problems);
    const drafts = readDrafts(store, problems);
    // A scenario set aside because its figures could not be read: the figures' own notice says why.
    const first = problems.find((p) => !p.figures);
    quietly(() => {
      state().libraryLoaded(library);
      state().draftsLoaded(drafts);
      state().keptListed(readKept(store));
      if (first) {
        const text = `Your saved scenarios could not be read (${first.why}). ${first.kept ? 'It was kept aside unchanged; export it from the Scenarios panel.' : 'It could not be copied aside and stays where it was; export your library to keep your other work.'}`;
        state().libraryNoticeShown({ kind: 'error', text, message: { key: first.kept ? 'notice.unreadableKept' : 'notice.unreadableNotKept', params: { why: first.why } } });
      }
    });
  };

  const write = (next: readonly SavedScenario[], prev: readonly SavedScenario[]) => {
    const written = writeEach(store, SCENARIO_PREFIX, next, prev, itemText);
    const order = next.map((x) => x.id);
    if (order.join() !== prev.map((x) => x.id).join()) store.set(ORDER_KEY, JSON.stringify(order));
    if (!written) state().libraryNoticeShown(STORAGE_FULL);
  };

  const writeDrafts = (next: Readonly<Record<string, Scenario>>, prev: Readonly<Record<string, Scenario>>) => {
    for (const [id, d] of Object.entries(next)) if (prev[id] !== d) store.set(DRAFT_PREFIX + id, JSON.stringify(versioned(d)));
    for (const id of Object.keys(prev)) if (!(id in next)) store.remove(DRAFT_PREFIX + id);
  };

  // With nothing stored, this may start after the user's first steps (it loads on demand): they are written, not replaced.
  if (!keepsLibrary(store)) {
    write(state().library, []);
    writeDrafts(state().drafts, {});
  } else load();
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.library !== prev.library && !loading) write(s.library, prev.library);
    if (s.drafts !== prev.drafts && !loading) writeDrafts(s.drafts, prev.drafts);
    if (s.kept !== prev.kept && !loading) {
      const now = new Set(s.kept.map((k) => k.key));
      for (const k of prev.kept) if (!now.has(k.key)) store.remove(k.key);
    }
  });

  /** Another tab changed one key: follow it without touching anything else. */
  const onStorage = (e: StorageEvent) => {
    if (e.key === null) return load();
    if (e.key === ORDER_KEY) return quietly(() => state().libraryLoaded(ordered([...state().library], readOrder(store))));
    if (e.key.startsWith(KEPT_PREFIX)) return quietly(() => state().keptListed(readKept(store)));
    if (!e.key.startsWith(SCENARIO_PREFIX)) return;
    const id = e.key.slice(SCENARIO_PREFIX.length);
    const r = readItem(store, e.key);
    const others = state().library.filter((x) => x.id !== id);
    if (r === null) quietly(() => state().libraryLoaded(others));
    else if (r.ok) {
      const at = state().library.findIndex((x) => x.id === id);
      const next = at < 0 ? ordered([r.item, ...others], readOrder(store)) : state().library.map((x) => (x.id === id ? r.item : x));
      quietly(() => state().libraryLoaded(next));
    }
  };
  win?.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    win?.removeEventListener('storage', onStorage);
  };
}

