import {
  KEPT_PREFIX,
  LEGACY_LIBRARY_KEY,
  LEGACY_UNREADABLE_KEY,
  ORDER_KEY,
  SCENARIO_PREFIX,
  startPersistence,
} from '../../src/state/persistence';
import { memoryStore, type KeyValueStore } from '../../src/state/storage';
import { resetStore, useStore } from '../../src/state/store';
import type { CountryCode } from '../../src/core/rules/countries';
import { fileImported } from '../../src/state/receiving';

const state = () => useStore.getState();
let stop: () => void = () => {};

beforeEach(resetStore);
afterEach(() => stop());

/** A fresh session of the app on the same storage (a reload). */
function reload(store: KeyValueStore, win?: Window) {
  stop();
  resetStore();
  stop = startPersistence(store, win);
}

const names = () => state().library.map((x) => x.scenario.name);
const storedNames = (store: KeyValueStore) =>
  store
    .keys(SCENARIO_PREFIX)
    .map((k) => (JSON.parse(store.get(k)!) as { scenario: { name: string } }).scenario.name)
    .sort();
const keptTexts = (store: KeyValueStore) => store.keys(KEPT_PREFIX).map((k) => (JSON.parse(store.get(k)!) as { text: string }).text);

describe('library persistence', () => {
  it('stores each saved scenario under its own key and loads them again, in order', () => {
    const store = memoryStore();
    stop = startPersistence(store);
    state().positionSet('DE' as CountryCode, 'no');
    state().scenarioSaved('Coreper 8 October');
    state().scenarioSaved('Council 14 October');
    expect(storedNames(store)).toEqual(['Coreper 8 October', 'Council 14 October']);
    reload(store);
    expect(names()).toEqual(['Council 14 October', 'Coreper 8 October']);
    expect(state().library[1]!.scenario.positions.DE).toBe('no');
  });

  it('splits a library stored whole by an earlier version into one key per scenario', () => {
    const store = memoryStore();
    stop = startPersistence(store);
    state().scenarioSaved('a');
    state().scenarioSaved('b');
    const library = state().library;
    store.set(LEGACY_LIBRARY_KEY, JSON.stringify({ format: 'council-vote-library', version: 1, revision: 3, scenarios: library }));
    for (const k of store.keys(SCENARIO_PREFIX)) store.remove(k);
    store.remove(ORDER_KEY);
    reload(store);
    expect(names()).toEqual(['b', 'a']);
    expect(store.get(LEGACY_LIBRARY_KEY)).toBeNull();
    expect(storedNames(store)).toEqual(['a', 'b']);
  });

  it.each([
    ['not JSON', '{broken', /not valid JSON/],
    ['a foreign version', JSON.stringify({ version: 99, scenarios: [] }), /comes from a newer version/],
    ['wrong shapes', JSON.stringify({ version: 1, scenarios: [{ id: 1 }] }), /the id is missing/],
  ])('starts with %s in storage, says so, and keeps it listed until the user deletes it', (_, text, why) => {
    const store = memoryStore();
    store.set(LEGACY_LIBRARY_KEY, text);
    stop = startPersistence(store);
    expect(state().library).toEqual([]);
    expect(state().libraryNotice?.text).toMatch(why);
    expect(state().kept.map((k) => k.text)).toEqual([text]);
    // Dismissing the notice, saving new work and reloading keep the copy listed.
    state().libraryNoticeDismissed();
    state().scenarioSaved('new work');
    reload(store);
    expect(names()).toEqual(['new work']);
    expect(state().kept.map((k) => k.text)).toEqual([text]);
    state().keptDeleted(state().kept[0]!.key);
    expect(keptTexts(store)).toEqual([]);
  });

  it('keeps every different corruption, byte for byte, oldest first', () => {
    const store = memoryStore();
    const first = '{"version":1,"scenarios":[{"id":';
    const second = '{"lone":"\uD800 surrogate"';
    store.set(LEGACY_UNREADABLE_KEY, 'kept by an earlier version');
    store.set(LEGACY_LIBRARY_KEY, first);
    stop = startPersistence(store);
    state().scenarioSaved('fine');
    store.set(`${SCENARIO_PREFIX}broken`, second);
    reload(store);
    expect(names()).toEqual(['fine']);
    const kept = state().kept.map((k) => k.text);
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(expect.arrayContaining(['kept by an earlier version', first, second]));
    expect(kept.indexOf(second)).toBe(2);
    expect(store.get(`${SCENARIO_PREFIX}broken`)).toBeNull();
    expect(keptTexts(store).sort()).toEqual([...kept].sort());
  });

  it('reports a full quota instead of failing silently, and keeps the scenarios in memory', () => {
    const full: KeyValueStore = { ...memoryStore(), set: () => false };
    stop = startPersistence(full);
    state().scenarioSaved('one');
    expect(state().library).toHaveLength(1);
    expect(state().libraryNotice).toMatchObject({ kind: 'error', text: expect.stringMatching(/storage is full or disabled/) });
  });

  it('follows another tab key by key: its saves and deletions arrive, and ours never overwrite them', () => {
    const store = memoryStore();
    const win = new EventTarget() as unknown as Window;
    stop = startPersistence(store, win);
    state().scenarioSaved('mine');
    const theirs = { ...state().library[0]!, id: 'other-tab', scenario: { ...state().library[0]!.scenario, name: 'theirs' } };
    store.set(`${SCENARIO_PREFIX}other-tab`, JSON.stringify(theirs));
    const event = (key: string) => Object.assign(new Event('storage'), { key });
    win.dispatchEvent(event(`${SCENARIO_PREFIX}other-tab`));
    expect(names().sort()).toEqual(['mine', 'theirs']);
    state().scenarioSaved('mine too');
    expect(storedNames(store)).toEqual(['mine', 'mine too', 'theirs']);
    store.remove(`${SCENARIO_PREFIX}other-tab`);
    win.dispatchEvent(event(`${SCENARIO_PREFIX}other-tab`));
    expect(names().sort()).toEqual(['mine', 'mine too']);
  });

  it('deletes with undo, in storage too', () => {
    const store = memoryStore();
    stop = startPersistence(store);
    state().scenarioSaved('a');
    state().scenarioSaved('b');
    const b = state().library[0]!.id;
    state().savedDeleted(b);
    expect(storedNames(store)).toEqual(['a']);
    state().deletionUndone();
    expect(names()).toEqual(['b', 'a']);
    expect(storedNames(store)).toEqual(['a', 'b']);
  });

  it('imports a broken file without changing anything', () => {
    stop = startPersistence(memoryStore());
    state().scenarioSaved('keep me');
    const before = state().library;
    fileImported('{"format":"council-vote-scenario","version":1,"scenario":{"datasetId":"council-2025","rule":"qmv","positions":{"XX":"yes"}}}');
    expect(state().library).toBe(before);
    expect(state().libraryNotice?.text).toBe('Nothing was imported. In the scenario: XX is not a member in Council 2025 (EU-27).');
  });
});
