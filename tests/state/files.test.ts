import { KEPT_PREFIX } from '../../src/state/persistence';
import { FILE_PREFIX, startFilesStorage } from '../../src/state/filesStorage';
import { memoryStore } from '../../src/state/storage';
import { useStore } from '../../src/state/store';
import { dossierFile } from '../../src/core/scenario/dossier';
import { parseDossierFile } from '../../src/core/scenario/dossierGate';
import type { CountryCode } from '../../src/core/rules/countries';
import { findDataset } from '../../src/core/data/datasets';
import { SHIPPED_DOSSIERS, shippedDossier } from '../../src/core/scenario/shippedDossiers';
import { decodeDossierLink, encodeDossierLink } from '../../src/core/scenario/dossierLink';
import { storageSync } from './storageHarness';

const state = () => useStore.getState();
const { start, reload } = storageSync(startFilesStorage);

describe('files of snapshots in storage', () => {
  it('keeps each file under its own key, in date order, across a reload, and forgets a removed snapshot', () => {
    const store = memoryStore();
    reload(store);
    state().positionSet('DE' as CountryCode, 'no');
    const id = state().snapshotAdded({ name: 'Nature restoration' }, '2024-06-17')!;
    state().positionSet('DE' as CountryCode, 'yes');
    state().snapshotAdded({ fileId: id }, '2023-11-09');
    expect(store.keys(FILE_PREFIX)).toEqual([FILE_PREFIX + id]);
    reload(store);
    const [file] = state().files;
    expect(file?.name).toBe('Nature restoration');
    expect(file?.snapshots.map((s) => [s.date, s.scenario.positions.DE])).toEqual([['2023-11-09', 'yes'], ['2024-06-17', 'no']]);
    state().snapshotRemoved(id, file!.snapshots[0]!.id);
    reload(store);
    expect(state().files[0]?.snapshots.map((s) => s.date)).toEqual(['2024-06-17']);
  });

  it('sets an unreadable file aside byte for byte, lists it with the kept copies and says so', () => {
    const store = memoryStore();
    store.set(`${FILE_PREFIX}bad`, '{"id":"bad","name":"x"');
    reload(store);
    expect(state().files).toEqual([]);
    expect(store.keys(FILE_PREFIX)).toEqual([]);
    expect(store.keys(KEPT_PREFIX).map((k) => JSON.parse(store.get(k)!).text)).toEqual(['{"id":"bad","name":"x"']);
    expect(state().kept).toHaveLength(1);
    expect(state().libraryNotice?.message).toMatchObject({ key: 'files.unreadableKept' });
  });

  it('imports an exported file through the gate, and refuses a broken one without changing anything', () => {
    const store = memoryStore();
    reload(store);
    const id = state().snapshotAdded({ name: 'Mine' }, '2025-01-01')!;
    const text = dossierFile(state().files[0]!);
    const again = state().dossierImported(parseDossierFile(text));
    expect(again).not.toBe(id);
    expect(state().files.map((d) => d.name)).toEqual(['Mine', 'Mine']);
    expect(state().dossierImported(parseDossierFile(text.replace('"qmv"', '"majority"')))).toBeNull();
    expect(state().filesNotice).toMatchObject({ kind: 'error', detail: expect.stringContaining('Unknown voting rule "majority"') });
    expect(state().files).toHaveLength(2);
  });

  it('opens a snapshot as the scenario on screen, as one step Undo reverses', () => {
    start(memoryStore());
    state().positionSet('FR' as CountryCode, 'yes');
    state().snapshotAdded({ name: 'F' }, '2025-01-01');
    state().allPositionsSet('no');
    state().snapshotOpened(state().files[0]!.snapshots[0]!.scenario);
    expect(state().scenario.positions.FR).toBe('yes');
    expect(state().scenario.positions.DE).toBe('undecided');
    state().undone();
    expect(state().scenario.positions.DE).toBe('no');
  });

  it('keeps added figures that a snapshot uses', () => {
    start(memoryStore());
    const base = findDataset('council-2025');
    if (!base.ok) throw new Error('dataset');
    const added = { ...base.value, id: 'added-2031-01-01' as typeof base.value.id, label: 'Council 2031', period: { from: '2031-01-01', to: '2031-12-31' } };
    state().figuresAdded(added);
    state().datasetChosen(added.id);
    state().snapshotAdded({ name: 'Future file' }, '2031-02-01');
    expect(state().figuresRemoved(added.id)).toEqual({ ok: false, usedBy: 'Future file', inFile: true });
  });

  it('adds a file that came by link, or names why the link was refused', async () => {
    start(memoryStore());
    const csa = shippedDossier(SHIPPED_DOSSIERS[0]!);
    const link = (await encodeDossierLink(csa))!;
    state().dossierLinkOpened(await decodeDossierLink(link));
    expect(state().files.map((d) => d.snapshots.length)).toEqual([4]);
    expect(state().libraryNotice?.message).toMatchObject({ key: 'files.linkOpened' });
    state().dossierLinkOpened(await decodeDossierLink(link.slice(0, 60)));
    expect(state().libraryNotice).toMatchObject({ kind: 'error', text: expect.stringMatching(/^This link to a file cannot be opened: /) });
    expect(state().files).toHaveLength(1);
  });
});
