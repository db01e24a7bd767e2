import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addedDatasetJson, restoreAdded } from '../../../src/core/data/addedFigures';
import { addedDatasetOf } from '../../../src/core/data/annexFigures';
import { parseDataset } from '../../../src/core/data/dataset';
import { receivedFigures } from '../../../src/core/data/carriedFigures';
import { DATASETS, allDatasets, findDataset, setAddedDatasets } from '../../../src/core/data/datasets';

const ROOT = resolve(__dirname, '../../..');
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/annex', name), 'utf8');
const meta = { from: '2031-01-01', decision: 'Council Decision (EU, Euratom) 2030/9999', addedOn: '2030-12-20' };

describe('addedDatasetOf', () => {
  afterEach(() => setAddedDatasets([]));

  it('turns an English table into a dataset like the shipped ones, with its provenance', () => {
    const r = addedDatasetOf(fixture('fictitious-2031-en.txt'), meta, DATASETS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      id: 'added-2031-01-01',
      label: 'Council 2031 (EU-27), added by you',
      role: 'council',
      period: { from: '2031-01-01', to: '2031-12-31' },
      figures: 'persons',
      total: 450641580,
      provenance: { source: meta.decision, address: 'https://eur-lex.europa.eu/', confidence: 'medium-high' },
    });
    expect(r.value.provenance.note).toMatch(/^Added by you on 2030-12-20 from a table pasted from EUR-Lex/);
    // The JSON it is stored as goes through the shipped files' gate and the added gate.
    const json = addedDatasetJson(r.value);
    expect(parseDataset(json, 'x').ok).toBe(true);
    expect(restoreAdded(JSON.parse(JSON.stringify(json)), 'x')).toEqual(r);
  });

  it('reads the German layout to the same figures', () => {
    const en = addedDatasetOf(fixture('fictitious-2031-en.txt'), meta, DATASETS);
    const de = addedDatasetOf(fixture('fictitious-2032-de.txt'), { ...meta, from: '2032-01-01', fileName: 'annex.txt' }, DATASETS);
    expect(de.ok && en.ok && de.value.members).toEqual(en.ok && en.value.members);
    expect(de.ok && de.value.provenance.note).toMatch(/from the file annex.txt/);
  });

  it.each([
    ['broken-duplicate.txt', /^line \d+: .*repeats/],
    ['broken-percentage.txt', /^line \d+: .*but the table says/],
    ['broken-total.txt', /^line \d+: the Total row says/],
    ['broken-unknown-name.txt', /^line \d+: .*not a member state name/],
    ['broken-row-missing.txt', /^line \d+: .*no row for/],
  ])('refuses %s, naming the line', (file, message) => {
    const r = addedDatasetOf(fixture(file), { ...meta, from: '2020-02-01', to: '2020-12-31' }, DATASETS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it('refuses a table with a member missing even when its total matches', () => {
    const lines = fixture('fictitious-2031-en.txt').split('\n');
    const malta = lines.find((l) => l.startsWith('Malta'))!;
    const persons = Number(malta.split('\t')[1]!.replace(/\D/g, ''));
    const text = lines
      .filter((l) => l !== malta)
      .map((l) => (l.startsWith('Total') ? `Total\t${450641580 - persons}\t100` : l))
      .join('\n');
    // Percentages no longer match the smaller total, so this checks the membership rule on its own too.
    const r = addedDatasetOf(text, meta, DATASETS);
    expect(r.ok).toBe(false);
  });

  it('refuses a missing member by name when everything else adds up', () => {
    const text = 'Germany\t60\t60.00\nFrance\t40\t40.00\nTotal\t100\t100';
    const r = addedDatasetOf(text, meta, DATASETS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^No row for Belgium, Bulgaria, .*Sweden: the Union had 27 members on 2031-01-01\.$/);
  });

  it('refuses a period overlapping a shipped table whose figures differ', () => {
    const r = addedDatasetOf(fixture('fictitious-2031-en.txt'), { ...meta, from: '2025-01-01' }, DATASETS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/overlaps Council 2025 \(EU-27\) \(2025-01-01 to 2025-12-31\), whose figures differ/);
  });

  it('accepts the shipped 2020 table again for its own period (the same figures)', () => {
    const r = addedDatasetOf(fixture('en-tab.txt'), { ...meta, from: '2020-02-01', to: '2020-12-31' }, DATASETS);
    expect(r.ok).toBe(true);
  });

  it('refuses an EU-27 table for a day the United Kingdom was a member', () => {
    const r = addedDatasetOf(fixture('en-tab.txt'), { ...meta, from: '2019-01-01' }, DATASETS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/No row for United Kingdom: the Union had 28 members on 2019-01-01/);
  });

  it('refuses a missing decision, a missing first day and an address that is not https', () => {
    const text = fixture('fictitious-2031-en.txt');
    const bad = [
      addedDatasetOf(text, { ...meta, decision: ' ' }, DATASETS),
      addedDatasetOf(text, { ...meta, from: '' }, DATASETS),
      addedDatasetOf(text, { ...meta, address: 'javascript:alert(1)' }, DATASETS),
    ];
    expect(bad.map((r) => (r.ok ? 'ok' : r.error.message.split(' ').slice(0, 3).join(' ')))).toEqual([
      'The Council decision',
      'The first day',
      'The address must',
    ]);
  });

  it('refuses figures overlapping figures already kept, naming that table by its label', () => {
    const first = addedDatasetOf(fixture('fictitious-2031-en.txt'), meta, DATASETS);
    if (!first.ok) throw new Error(first.error.message);
    setAddedDatasets([first.value]);
    const again = addedDatasetOf(fixture('fictitious-2031-en.txt'), { ...meta, from: '2031-07-01' }, allDatasets());
    expect(again).toMatchObject({ ok: false, error: { message: 'The period 2031-07-01 to 2031-12-31 overlaps Council 2031 (EU-27), added by you (2031-01-01 to 2031-12-31), already among your figures; remove it first.' } });
  });

  it('does not say the user added a table that came with a link: its label says where it came from', () => {
    const first = addedDatasetOf(fixture('fictitious-2031-en.txt'), meta, DATASETS);
    if (!first.ok) throw new Error(first.error.message);
    const fromLink = receivedFigures(first.value, 'link', '2031-02-01');
    const again = addedDatasetOf(fixture('fictitious-2031-en.txt'), { ...meta, from: '2031-07-01' }, [...DATASETS, fromLink]);
    const message = again.ok ? '' : again.error.message;
    expect(message).toBe('The period 2031-07-01 to 2031-12-31 overlaps Council 2031 (EU-27), from a link (2031-01-01 to 2031-12-31), already among your figures; remove it first.');
    expect(message).not.toMatch(/you added|added by you/);
  });

  it('makes added figures findable by the core lookup, and forgets them when removed', () => {
    const r = addedDatasetOf(fixture('fictitious-2031-en.txt'), meta, DATASETS);
    if (!r.ok) throw new Error(r.error.message);
    setAddedDatasets([r.value]);
    expect(findDataset('added-2031-01-01').ok).toBe(true);
    expect(allDatasets()[0]!.id).toBe('added-2031-01-01');
    setAddedDatasets([]);
    expect(findDataset('added-2031-01-01').ok).toBe(false);
  });
});

describe('restoreAdded', () => {
  it('refuses a stored dataset with a shipped-looking id or a non-https address', () => {
    const base = addedDatasetJson(DATASETS.find((d) => d.id === 'council-2020')!) as Record<string, unknown>;
    expect(restoreAdded(base, 'k').ok).toBe(false);
    const sneaky = { ...base, id: 'added-x', provenance: { ...(base.provenance as object), address: 'javascript:alert(1)' } };
    expect(restoreAdded(sneaky, 'k')).toMatchObject({ ok: false, error: { message: /https/ } });
  });
});
