/**
 * Added figures in storage that can no longer be read (changed by hand, by another program, or by
 * a later version of the app) are kept aside like unreadable scenarios — listed, exportable,
 * deletable — and the notice names their real problem, not the sound scenario that uses them.
 */
import { addedDatasetJson } from '../../src/core/data/addedFigures';
import { findDataset, setAddedDatasets } from '../../src/core/data/datasets';
import { FIGURES_PREFIX, startFigures } from '../../src/state/figuresStorage';
import { KEPT_PREFIX, SCENARIO_PREFIX, startPersistence } from '../../src/state/persistence';
import { memoryStore, type KeyValueStore } from '../../src/state/storage';
import { resetStore, useStore } from '../../src/state/store';
import type { CountryCode } from '../../src/core/rules/countries';
import { added2031 } from '../core/scenario/figuresFixtures';

const state = () => useStore.getState();
let stops: (() => void)[] = [];
beforeEach(resetStore);
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  setAddedDatasets([]);
});

/** A reload: figures first, then the library, as the app starts. */
function reload(store: KeyValueStore) {
  for (const stop of stops) stop();
  resetStore();
  stops = [startFigures(store), startPersistence(store)];
}

const KEY = `${FIGURES_PREFIX}${added2031.id}`;
const good = JSON.stringify(addedDatasetJson(added2031));

/** Storage with the 2031 figures and a saved scenario that uses them. */
function saved(): KeyValueStore {
  const store = memoryStore();
  reload(store);
  state().figuresAdded(added2031);
  state().datasetChosen(added2031.id);
  state().positionSet('DE' as CountryCode, 'no');
  state().scenarioSaved('On the 2031 figures');
  expect(store.get(KEY)).not.toBeNull();
  expect(store.keys(SCENARIO_PREFIX)).toHaveLength(1);
  return store;
}

const damages: Record<string, [string, RegExp]> = {
  'invalid JSON': [good.slice(0, 200), /the stored data is not valid JSON/],
  'wrong types': [good.replace(/"total": ?\d+/, '"total":"many"'), /total must be a positive whole number of persons/],
  'a future format version': [good.replace(/"formatVersion": ?1/, '"formatVersion":2'), /formatVersion must be 1 \(found 2\)/],
  'reversed period': [good.replace('"to":"2031-12-31"', '"to":"2030-01-01"'), /ends before it begins/],
};

describe('damaged added figures in storage', () => {
  for (const [what, [text, why]] of Object.entries(damages)) {
    it(`${what}: kept aside and named, with the scenario that uses them`, () => {
      const store = saved();
      store.set(KEY, text);
      reload(store);
      expect(findDataset(added2031.id).ok).toBe(false);
      expect(store.get(KEY)).toBeNull();
      const copy = state().kept.find((k) => k.from === KEY);
      expect(copy?.text).toBe(text);
      expect(copy?.why).toMatch(why);
      expect(state().libraryNotice).toMatchObject({ kind: 'error', message: { key: 'notice.figuresUnreadable', params: { id: `"${added2031.id}"` } } });
      expect(state().libraryNotice?.text).toMatch(why);
      // The sound scenario is kept aside too (it cannot be opened without them), saying why.
      const scenario = state().kept.find((k) => k.from.startsWith(SCENARIO_PREFIX));
      expect(scenario?.why).toMatch(/^its population figures "added-2031-01-01" could not be read \(.+\) and were kept aside$/);
      expect(JSON.stringify(state())).not.toMatch(/Unknown dataset/);
      // Deleting the copy removes it from storage.
      state().keptDeleted(copy!.key);
      expect(store.keys(KEPT_PREFIX).some((k) => store.get(k)!.includes(FIGURES_PREFIX))).toBe(false);
    });
  }
});
