/**
 * The meeting-room screen's state: the library's order (which the presentation plays) moved by
 * the user and kept across a reload, and the member view remembered.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ORDER_KEY, startPersistence } from '../../src/state/persistence';
import { memoryStore, type KeyValueStore } from '../../src/state/storage';
import { resetStore, useStore } from '../../src/state/store';
import { VIEW_KEY, startViewPreference } from '../../src/state/viewPreference';

const state = () => useStore.getState();
const names = () => state().library.map((x) => x.scenario.name);
let stops: Array<() => void> = [];

beforeEach(resetStore);
afterEach(() => {
  stops.forEach((f) => f());
  stops = [];
});

function saveThree() {
  for (const name of ['C', 'B', 'A']) state().scenarioSaved(name); // newest first: A B C
}

describe('savedMoved', () => {
  it('moves a saved scenario to an index, clamped to the library, and leaves the rest in order', () => {
    saveThree();
    expect(names()).toEqual(['A', 'B', 'C']);
    const [a, , c] = state().library;
    state().savedMoved(a!.id, 2);
    expect(names()).toEqual(['B', 'C', 'A']);
    state().savedMoved(c!.id, -5);
    expect(names()).toEqual(['C', 'B', 'A']);
    state().savedMoved(c!.id, 99);
    expect(names()).toEqual(['B', 'A', 'C']);
  });

  it('ignores an unknown id and a move to where it already is (no new library object)', () => {
    saveThree();
    const before = state().library;
    state().savedMoved('nope', 0);
    state().savedMoved(before[0]!.id, 0);
    expect(state().library).toBe(before);
  });

  it('is not a step of the undo history (the scenario on screen does not change)', () => {
    saveThree();
    const past = state().history;
    state().savedMoved(state().library[0]!.id, 1);
    expect(state().history).toBe(past);
  });

  it('writes the order, which a reload keeps', () => {
    const store: KeyValueStore = memoryStore();
    stops.push(startPersistence(store));
    saveThree();
    state().savedMoved(state().library[2]!.id, 0);
    expect(names()).toEqual(['C', 'A', 'B']);
    expect(JSON.parse(store.get(ORDER_KEY)!)).toEqual(state().library.map((x) => x.id));
    stops.pop()!();
    resetStore();
    stops.push(startPersistence(store));
    expect(names()).toEqual(['C', 'A', 'B']);
  });
});

describe('member view preference', () => {
  it('starts in the stored view and remembers each choice', () => {
    const store = memoryStore();
    stops.push(startViewPreference(store));
    expect(state().view).toBe('list');
    state().viewChosen('table');
    expect(store.get(VIEW_KEY)).toBe('table');
    stops.pop()!();
    resetStore();
    stops.push(startViewPreference(store));
    expect(state().view).toBe('table');
  });

  it('ignores a stored value it does not know', () => {
    const store = memoryStore();
    store.set(VIEW_KEY, 'carousel');
    stops.push(startViewPreference(store));
    expect(state().view).toBe('list');
  });
});
