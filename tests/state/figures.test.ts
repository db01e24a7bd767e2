import type { CountryCode } from '../../src/core/rules/countries';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addedDatasetOf } from '../../src/core/data/annexFigures';
import { DATASETS, findDataset } from '../../src/core/data/datasets';
import { FIGURES_PREFIX, startFigures } from '../../src/state/figuresStorage';
import { memoryStore } from '../../src/state/storage';
import { useStore } from '../../src/state/store';
import { storageSync } from './storageHarness';

const ROOT = resolve(__dirname, '../..');
const state = () => useStore.getState();
const added = (() => {
  const r = addedDatasetOf(readFileSync(join(ROOT, 'tests/fixtures/annex/fictitious-2031-en.txt'), 'utf8'), { from: '2031-01-01', decision: 'Council Decision (EU, Euratom) 2030/9999', addedOn: '2030-12-20' }, DATASETS);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

const { reload } = storageSync(startFigures);

describe('added figures', () => {
  it('are stored under a key of their own, found by the core, and read back after a reload', () => {
    const store = memoryStore();
    reload(store);
    state().figuresAdded(added);
    expect(store.keys(FIGURES_PREFIX)).toEqual([`${FIGURES_PREFIX}added-2031-01-01`]);
    state().datasetChosen('added-2031-01-01');
    expect(state().scenario.datasetId).toBe('added-2031-01-01');
    reload(store);
    expect(findDataset('added-2031-01-01').ok).toBe(true);
    expect(state().addedDatasets).toEqual([added]);
  });

  it('keep unreadable stored figures aside, byte for byte, and unused', () => {
    const store = memoryStore();
    store.set(`${FIGURES_PREFIX}added-x`, '{not json');
    store.set(`${FIGURES_PREFIX}added-y`, JSON.stringify({ formatVersion: 1 }));
    reload(store);
    expect(state().addedDatasets).toEqual([]);
    expect(store.get(`${FIGURES_PREFIX}added-x`)).toBeNull();
    expect(state().kept.map((k) => [k.from, k.text])).toEqual(expect.arrayContaining([[`${FIGURES_PREFIX}added-x`, '{not json']]));
  });

  it('are removed, the scenario on screen going back to the default figures and its undo steps dropped', () => {
    const store = memoryStore();
    reload(store);
    state().figuresAdded(added);
    state().datasetChosen('added-2031-01-01');
    state().positionSet('DE' as CountryCode, 'no');
    expect(state().figuresRemoved('added-2031-01-01')).toEqual({ ok: true });
    expect(state().scenario.datasetId).toBe('council-2025');
    expect(store.keys(FIGURES_PREFIX)).toEqual([]);
    expect(findDataset('added-2031-01-01').ok).toBe(false);
    expect(state().history.past.every((s) => s.scenario.datasetId !== 'added-2031-01-01')).toBe(true);
  });

  it('are not removed while a saved scenario uses them', () => {
    reload(memoryStore());
    state().figuresAdded(added);
    state().datasetChosen('added-2031-01-01');
    const saved = { id: 'a', createdAt: '2030-12-20T10:00:00.000Z', updatedAt: '2030-12-20T10:00:00.000Z', scenario: { ...state().scenario, name: 'Vote on 2031 figures' } };
    useStore.setState({ library: [saved as never] });
    expect(state().figuresRemoved('added-2031-01-01')).toEqual({ ok: false, usedBy: 'Vote on 2031 figures' });
    expect(findDataset('added-2031-01-01').ok).toBe(true);
  });
});
