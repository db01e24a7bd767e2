import type { CountryCode } from '../../src/core/rules/countries';
import { added2031 as added } from '../core/scenario/figuresFixtures';
import { memoryStore } from '../../src/state/storage';
import { resetStore, useStore } from '../../src/state/store';
import { startKept } from '../../src/state/work';
import {
  DRAFT_PREFIX,
  FIGURES_PREFIX,
  FILE_PREFIX,
  hasStoredWork,
  KEPT_PREFIX,
  LEGACY_LIBRARY_KEY,
  ORDER_KEY,
  SCENARIO_PREFIX,
  SESSION_KEY,
} from '../../src/state/workKeys';
import { startWorkLater } from '../../src/state/workLater';
import { LANGUAGE_KEY } from '../../src/state/language';
import { VIEW_KEY } from '../../src/state/viewPreference';

const state = () => useStore.getState();

let stop: () => void = () => {};
beforeEach(resetStore);
afterEach(() => stop());

describe('work kept in the browser', () => {
  it('is found under every key the app keeps work in, and not under the preferences', () => {
    const local = memoryStore();
    const tab = memoryStore();
    local.set(LANGUAGE_KEY, 'fr');
    local.set(VIEW_KEY, 'map');
    expect(hasStoredWork(local, tab)).toBe(false);
    for (const key of [`${SCENARIO_PREFIX}a`, `${DRAFT_PREFIX}a`, `${FIGURES_PREFIX}added-2031-01-01`, `${FILE_PREFIX}f`, `${KEPT_PREFIX}x`, ORDER_KEY, LEGACY_LIBRARY_KEY]) {
      const one = memoryStore();
      one.set(key, '[]');
      expect(hasStoredWork(one, tab), key).toBe(true);
    }
    tab.set(SESSION_KEY, '{}');
    expect(hasStoredWork(local, tab)).toBe(true);
  });

  it('starting after the user’s first steps, writes them rather than replacing them, and reads them back after a reload', async () => {
    const local = memoryStore();
    const tab = memoryStore();
    // The page is never idle here: the first step kept starts the work.
    stop = startWorkLater(local, tab, undefined, () => {});
    state().figuresAdded(added);
    state().positionSet('DE' as CountryCode, 'no');
    state().scenarioSaved('Before the readers loaded');
    state().snapshotAdded({ name: 'A file' }, '2025-01-01');
    await vi.waitFor(() => expect(local.keys(FILE_PREFIX)).toHaveLength(1));
    expect(local.keys(FIGURES_PREFIX)).toEqual([`${FIGURES_PREFIX}added-2031-01-01`]);
    expect(local.keys(SCENARIO_PREFIX)).toHaveLength(1);
    // The saved scenario is still on screen: nothing read back replaced it.
    expect(state().library.map((x) => x.scenario.name)).toEqual(['Before the readers loaded']);
    await vi.waitFor(() => expect(tab.get(SESSION_KEY)).not.toBeNull());

    stop();
    resetStore();
    expect(hasStoredWork(local, tab)).toBe(true);
    stop = startKept(local);
    expect(state().addedDatasets.map((d) => d.id)).toEqual(['added-2031-01-01']);
    expect(state().library[0]!.scenario.positions.DE).toBe('no');
    expect(state().files.map((f) => f.name)).toEqual(['A file']);
  });

  it('starts once the page is idle when the user has taken no step', async () => {
    const local = memoryStore();
    let idle: () => void = () => {};
    stop = startWorkLater(local, memoryStore(), undefined, (work) => (idle = work));
    // Written meanwhile by another tab: read once the work starts, with no step taken here.
    local.set(`${KEPT_PREFIX}2025-01-01.x`, JSON.stringify({ from: 'elsewhere', keptAt: '2025-01-01', why: 'test', text: '{' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(state().kept).toEqual([]);
    idle();
    await vi.waitFor(() => expect(state().kept.map((k) => k.from)).toEqual(['elsewhere']));
  });
});
