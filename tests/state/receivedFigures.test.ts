/**
 * Figures that came with a link or an imported file: stored as added figures (listed, removable,
 * kept across a reload) with a notice, or refused with nothing stored and nothing changed.
 */
import { setAddedDatasets } from '../../src/core/data/datasets';
import { findDataset } from '../../src/core/data/datasets';
import { LIBRARY_VERSION, libraryFile } from '../../src/core/scenario/library';
import { decodeLink, encodeLink } from '../../src/core/scenario/link';
import { FIGURES_PREFIX, startFigures } from '../../src/state/figuresStorage';
import { memoryStore } from '../../src/state/storage';
import { useStore } from '../../src/state/store';
import { added2031, other2031, vote } from '../core/scenario/figuresFixtures';
import { storageSync } from './storageHarness';
import { linkOpened, linkOfferTaken, fileImported } from '../../src/state/receiving';

const state = () => useStore.getState();
const { reload } = storageSync(startFigures);

/** What the sender's app makes: the sender has the 2031 figures. */
async function sent<T>(f: () => T | Promise<T>): Promise<T> {
  setAddedDatasets([added2031]);
  try {
    return await f();
  } finally {
    setAddedDatasets(state().addedDatasets);
  }
}

describe('figures that came with a link', () => {
  it('are stored as added figures, the scenario opened on them, with a notice saying where they came from', async () => {
    const store = memoryStore();
    reload(store);
    const link = await sent(() => encodeLink(vote()));
    linkOpened(await decodeLink(link));
    expect(state().scenario).toEqual(vote());
    expect(state().linkError).toBeNull();
    expect(state().addedDatasets.map((d) => d.label)).toEqual(['Council 2031 (EU-27), from a link']);
    expect(store.keys(FIGURES_PREFIX)).toEqual([`${FIGURES_PREFIX}added-2031-01-01`]);
    expect(state().libraryNotice).toMatchObject({ kind: 'info', message: { key: 'notice.figuresFromLink', params: { label: 'Council 2031 (EU-27), from a link', decision: 'Council Decision (EU, Euratom) 2030/9999' } } });
    expect(state().libraryNotice?.text).toMatch(/Who made the link cannot be known: check the figures against that decision on EUR-Lex/);
    reload(store);
    expect(findDataset('added-2031-01-01').ok).toBe(true);
    expect(state().figuresRemoved('added-2031-01-01')).toEqual({ ok: true });
  });

  it('that the user has already are used, nothing stored again and no notice', async () => {
    const store = memoryStore();
    reload(store);
    state().figuresAdded(added2031);
    const link = await sent(() => encodeLink(vote()));
    linkOpened(await decodeLink(link));
    expect(state().scenario).toEqual(vote());
    expect(state().addedDatasets).toEqual([added2031]);
    expect(state().libraryNotice).toBeNull();
  });

  it('that conflict with the user’s are refused: the screen, the figures and storage unchanged', async () => {
    const store = memoryStore();
    reload(store);
    state().figuresAdded(other2031);
    const before = { scenario: state().scenario, stored: store.get(`${FIGURES_PREFIX}added-2031-01-01`) };
    const link = await sent(() => encodeLink(vote()));
    linkOpened(await decodeLink(link));
    expect(state().linkError).toMatchObject({ kind: 'refused', message: expect.stringMatching(/differ from your figures under the same name/) });
    expect(state().scenario).toBe(before.scenario);
    expect(state().addedDatasets).toEqual([other2031]);
    expect(store.get(`${FIGURES_PREFIX}added-2031-01-01`)).toBe(before.stored);
  });

  it('that cannot be stored (storage full) leave that error on screen, not the notice that they were kept', async () => {
    reload({ ...memoryStore(), set: () => false });
    linkOpened(await decodeLink(await sent(() => encodeLink(vote()))));
    expect(state().scenario).toEqual(vote());
    expect(state().libraryNotice).toMatchObject({ kind: 'error', message: { key: 'notice.storageFull' } });
  });

  it('of a cut link are stored only when what survived is opened', async () => {
    reload(memoryStore());
    const link = await sent(() => encodeLink({ ...vote(), note: Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 1000}`).join(' ') }));
    linkOpened(await decodeLink(link.slice(0, link.indexOf('&c=') - 100)));
    expect(state().linkError?.kind).toBe('cut');
    expect(state().addedDatasets).toEqual([]);
    linkOfferTaken();
    expect(state().scenario.datasetId).toBe('added-2031-01-01');
    expect(state().addedDatasets.map((d) => d.label)).toEqual(['Council 2031 (EU-27), from a link']);
    expect(state().libraryNotice?.message).toMatchObject({ key: 'notice.figuresFromLink' });
  });

  it('are refused when the user added conflicting figures after the link was read (another tab)', async () => {
    reload(memoryStore());
    const decoded = await decodeLink(await sent(() => encodeLink(vote())));
    state().figuresAdded(other2031);
    linkOpened(decoded);
    expect(state().linkError?.kind).toBe('refused');
    expect(state().addedDatasets).toEqual([other2031]);
  });
});

describe('figures that came with an imported library', () => {
  const file = () => sent(() => libraryFile({ version: LIBRARY_VERSION, scenarios: [{ id: 'a', scenario: vote(), createdAt: '2031-01-01T00:00:00.000Z', updatedAt: '2031-01-01T00:00:00.000Z' }] }));

  it('are stored with the scenarios, and then protect them from removal', async () => {
    const store = memoryStore();
    reload(store);
    fileImported(await file());
    expect(state().library.map((x) => x.scenario)).toEqual([vote()]);
    expect(state().addedDatasets.map((d) => d.label)).toEqual(['Council 2031 (EU-27), from a file']);
    expect(state().libraryNotice).toMatchObject({ kind: 'info', message: { plural: 'notice.imported', n: 1 }, more: { key: 'notice.figuresFromFile' } });
    expect(state().figuresRemoved('added-2031-01-01')).toEqual({ ok: false, usedBy: 'Figures of 2031' });
  });

  it('that conflict refuse the whole file: no scenario, no figures, nothing changed', async () => {
    const store = memoryStore();
    reload(store);
    state().figuresAdded(other2031);
    fileImported(await file());
    expect(state().library).toEqual([]);
    expect(state().addedDatasets).toEqual([other2031]);
    expect(state().libraryNotice).toMatchObject({ kind: 'error', text: expect.stringMatching(/^Nothing was imported\. The population figures in this file .* differ from your figures under the same name/) });
  });
});
