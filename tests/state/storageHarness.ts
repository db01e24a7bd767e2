/**
 * A store slice's storage sync, started and stopped around each test: `start` begins syncing with
 * a store, `reload` does what a reload of the tab does (a fresh store state, then the sync read
 * back from storage). The store is reset before each test and the sync stopped after it.
 */
import { afterEach, beforeEach } from 'vitest';
import type { KeyValueStore } from '../../src/state/storage';
import { resetStore } from '../../src/state/store';

export function storageSync(startSync: (store: KeyValueStore) => () => void) {
  let stop: () => void = () => {};
  beforeEach(resetStore);
  afterEach(() => stop());
  const start = (store: KeyValueStore) => {
    stop();
    stop = startSync(store);
  };
  const reload = (store: KeyValueStore) => {
    stop();
    resetStore();
    stop = startSync(store);
  };
  return { start, reload };
}
