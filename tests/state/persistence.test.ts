import { LIBRARY_KEY, UNREADABLE_KEY, startPersistence } from '../../src/state/persistence';
import { memoryStore, type KeyValueStore } from '../../src/state/storage';
import { resetStore, useStore } from '../../src/state/store';
import type { CountryCode } from '../../src/core/rules/countries';

const state = () => useStore.getState();
let stop: () => void = () => {};

beforeEach(resetStore);
afterEach(() => stop());

function stored(store: KeyValueStore) {
  return JSON.parse(store.get(LIBRARY_KEY) ?? 'null') as { revision: number; scenarios: Array<{ id: string; scenario: { name: string } }> };
}

describe('library persistence', () => {
  it('saves every change and loads it again in a fresh session', () => {
    const store = memoryStore();
    stop = startPersistence(store);
    state().positionSet('DE' as CountryCode, 'no');
    state().scenarioSaved('Coreper 8 October');
    expect(stored(store).scenarios.map((s) => s.scenario.name)).toEqual(['Coreper 8 October']);
    stop();
    resetStore();
    stop = startPersistence(store);
    expect(state().library).toHaveLength(1);
    expect(state().library[0]!.scenario.positions.DE).toBe('no');
  });

  it.each([
    ['not JSON', '{broken', /not valid JSON/],
    ['a foreign version', JSON.stringify({ version: 99, scenarios: [] }), /comes from a newer version/],
    ['wrong shapes', JSON.stringify({ version: 1, scenarios: [{ id: 1 }] }), /the id is missing/],
  ])('starts with %s in storage, says so, and keeps the data aside', (_, text, why) => {
    const store = memoryStore();
    store.set(LIBRARY_KEY, text);
    stop = startPersistence(store);
    expect(state().library).toEqual([]);
    expect(state().libraryNotice?.text).toMatch(why);
    expect(state().unreadable).toBe(text);
    expect(store.get(UNREADABLE_KEY)).toBe(text);
    state().scenarioSaved('new work');
    expect(store.get(UNREADABLE_KEY)).toBe(text);
  });

  it('reports a full quota instead of failing silently, and keeps the scenarios in memory', () => {
    const full: KeyValueStore = { get: () => null, set: () => false };
    stop = startPersistence(full);
    state().scenarioSaved('one');
    expect(state().library).toHaveLength(1);
    expect(state().libraryNotice).toMatchObject({ kind: 'error', text: expect.stringMatching(/storage is full or disabled/) });
  });

  it('merges instead of overwriting when another tab wrote in between', () => {
    const store = memoryStore();
    stop = startPersistence(store);
    state().scenarioSaved('mine');
    // Another tab saves its own scenario under a newer revision.
    const other = stored(store);
    const theirs = { ...other.scenarios[0]!, id: 'other-tab', scenario: { ...other.scenarios[0]!.scenario, name: 'theirs' } };
    store.set(LIBRARY_KEY, JSON.stringify({ ...other, revision: other.revision + 1, scenarios: [theirs, ...other.scenarios] }));
    state().scenarioSaved('mine too');
    const names = stored(store).scenarios.map((s) => s.scenario.name).sort();
    expect(names).toEqual(['mine', 'mine too', 'theirs']);
    expect(state().libraryNotice?.text).toMatch(/another tab/);
  });

  it('deletes with undo', () => {
    stop = startPersistence(memoryStore());
    state().scenarioSaved('a');
    state().scenarioSaved('b');
    const b = state().library[0]!.id;
    state().savedDeleted(b);
    expect(state().library.map((x) => x.scenario.name)).toEqual(['a']);
    state().deletionUndone();
    expect(state().library.map((x) => x.scenario.name)).toEqual(['b', 'a']);
  });

  it('imports a broken file without changing anything', () => {
    stop = startPersistence(memoryStore());
    state().scenarioSaved('keep me');
    const before = state().library;
    state().fileImported('{"format":"council-vote-scenario","version":1,"scenario":{"datasetId":"council-2025","rule":"qmv","positions":{"XX":"yes"}}}');
    expect(state().library).toBe(before);
    expect(state().libraryNotice?.text).toBe('Nothing was imported. In the scenario: XX is not a member in Council 2025 (EU-27).');
  });
});
