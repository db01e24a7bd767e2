import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { datasetFileOf, parseAnnexTable, type ImportMeta, type ParsedAnnex } from '../../../src/core/data/annexImport';
import { parseDataset } from '../../../src/core/data/dataset';
import { renderDatasetIndex } from '../../../src/cli/datasetIndex';

const ROOT = resolve(__dirname, '../../..');
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/annex', name), 'utf8');
/** The shipped file, read only: the fixtures are its figures in Annex III layouts. */
const SHIPPED_TEXT = readFileSync(join(ROOT, 'data/datasets/council-2020.json'), 'utf8');
const shipped = JSON.parse(SHIPPED_TEXT) as {
  total: number;
  members: { code: string; population: number }[];
  label: string;
  period: { from: string; to: string };
  provenance: Omit<ImportMeta, 'id' | 'label' | 'from' | 'to'>;
};
const en = fixture('en-tab.txt');
const META: ImportMeta = { id: 'council-2020', label: shipped.label, ...shipped.period, ...shipped.provenance };

/** The two-decimal shares of the 2020 table, as Annex III prints them (sum 100.03). */
const SHARES_2020 = [
  1854, 1498, 1365, 1049, 849, 434, 389, 256, 240, 235, 230, 229, 218, 198, 156, 130, 123, 122, 110, 91, 62, 47, 43, 30,
  20, 14, 11,
];

function parsed(text: string): ParsedAnnex {
  const r = parseAnnexTable(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function failure(text: string): string {
  const r = parseAnnexTable(text);
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.code).toBe('import.invalid');
  return r.error.message;
}

describe('parseAnnexTable: the layouts pasted from EUR-Lex', () => {
  it.each([
    ['en-tab.txt', 'English, tab-separated, spaces between thousands'],
    ['fr-tab-nbsp.txt', 'French, CRLF, no-break and narrow no-break spaces, decimal commas'],
    ['de-columns.txt', 'German, one cell per line, dots between thousands'],
    ['en-spaces.txt', 'English, a row per line separated by single spaces, EU-27 total'],
  ])('%s (%s) gives the 27 members of 2020 exactly', (file) => {
    const table = parsed(fixture(file));
    expect(table.total).toBe(447_470_672);
    expect(table.rows.map((r) => [r.code, r.population])).toEqual(shipped.members.map((m) => [m.code, m.population]));
    expect(table.rows.map((r) => r.shareBasisPoints)).toEqual(SHARES_2020);
  });

  it('keeps the line of each row', () => {
    const rows = parsed(fixture('en-tab.txt')).rows;
    expect(rows[0]).toMatchObject({ code: 'DE', line: 6 });
    expect(rows[26]).toMatchObject({ code: 'MT', line: 32 });
  });

  it.each([
    ['Czechia', 'Czech Republic'],
    ['Czechia', 'République tchèque'],
    ['Czechia', 'REPUBLIQUE TCHEQUE'],
    ['Czechia', 'Tschechische Republik'],
    ['Czechia', 'tchequie'],
    ['Greece', 'Griechenland'],
    ['Greece', 'GRÈCE'],
    ['Netherlands', 'Pays-Bas'],
    ['Netherlands', 'The Netherlands'],
    ['Austria', 'Österreich'],
    ['Austria', 'oesterreich'],
    ['Denmark', 'Dänemark'],
    ['Sweden', 'Suede'],
    ['Germany', 'Deutschland (1)'],
  ])('reads "%s" written as "%s"', (english, other) => {
    const table = parsed(en.replace(`\n${english}\t`, `\n${other}\t`));
    expect(table.rows.map((r) => r.code)).toEqual(shipped.members.map((m) => m.code));
  });

  it('reads every member name in English, French and German, with or without accents, in any case', () => {
    const lines = en.split('\n');
    const withNames = (names: readonly string[]) =>
      lines.map((l, i) => (i >= 5 && i < 32 ? [names[i - 5], ...l.split('\t').slice(1)].join('\t') : l)).join('\n');
    const fr = fixture('fr-tab-nbsp.txt')
      .split('\r\n')
      .slice(3, 30)
      .map((l) => l.split('\t')[0]!);
    const de = fixture('de-columns.txt')
      .split('\n')
      .slice(4, 85)
      .filter((_, i) => i % 3 === 0);
    const plain = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    for (const names of [lines.slice(5, 32).map((l) => l.split('\t')[0]!), fr, de, fr.map(plain), de.map(plain)]) {
      expect(names).toHaveLength(27);
      expect(parsed(withNames(names)).rows.map((r) => r.code)).toEqual(shipped.members.map((m) => m.code));
    }
  });

  it('accepts commas or no separators between thousands and a percent sign', () => {
    const text = en.replace('82 940 663\t18.54', '82,940,663\t18.54 %').replace('67 028 048', '67028048');
    expect(parsed(text).rows[0]).toMatchObject({ code: 'DE', population: 82_940_663, shareBasisPoints: 1854 });
  });
});

describe('parseAnnexTable: broken tables name the line and the text at fault', () => {
  it.each([
    [
      'broken-row-missing.txt',
      /^line 32: the Total row says 447 470 672 but the 26 rows add up to 444 676 488 .*no row for Lithuania/,
    ],
    [
      'broken-total.txt',
      /^line 33: the Total row says 447 470 762 but the 27 rows add up to 447 470 672 \(difference 90\)/,
    ],
    [
      'broken-percentage.txt',
      /^line 12: Greece has 10 722 287 of 447 470 672, which is 2\.40 %, but the table says "2,39"/,
    ],
    ['broken-unknown-name.txt', /^line 56: "Slowenia" is not a member state name/],
    ['broken-duplicate.txt', /^line 18: "Österreich" repeats Austria \(first on line 17\)/],
  ])('%s', (file, message) => {
    expect(failure(fixture(file))).toMatch(message);
  });

  it.each([
    [
      'a population with mixed separators',
      en.replace('82 940 663', '82 940.663'),
      /^line 6: expected the population of Germany, found "82 940\.663"/,
    ],
    ['a missing percentage', en.replace('\t18.54', ''), /^line 7: expected the percentage of Germany, found "France"/],
    [
      'a percentage with three decimals',
      en.replace('18.54', '18.543'),
      /^line 6: expected the percentage of Germany, found "18\.543"/,
    ],
    ['no Total row', en.replace(/\nTotal.*\n/, '\n'), /no Total row/],
    [
      'a Total row that is not 100 %',
      en.replace('447 470 672\t100', '447 470 672\t99.99'),
      /^line 33: the Total row's percentage is "99\.99"/,
    ],
    [
      'a second table after the Total row',
      `${en}\n${en}`,
      /^line 40: "Germany" follows the Total row: paste one table at a time/,
    ],
    ['no table at all', 'Member State\tPopulation\n', /no table found/],
    [
      'a Total row of 100.01 %',
      en.replace('447 470 672\t100', '447 470 672\t100.01'),
      /^line 33: the Total row's percentage is "100\.01", not 100\.$/,
    ],
    [
      'a Total row of 100.01 % on a line of its own',
      fixture('de-columns.txt').replace(/447\.470\.672\n100\n?$/, '447.470.672\n100,01\n'),
      /^line \d+: the Total row's percentage is "100,01", not 100\.$/,
    ],
    [
      'a Total row of 100.01 % separated by spaces',
      fixture('en-spaces.txt').replace('447 470 672 100.00', '447 470 672 100.01'),
      /the Total row's percentage is "100\.01", not 100\.$/,
    ],
    [
      'a duplicated Total row',
      `${en}Total\t447 470 672\t100\n`,
      /^line 34: "Total" is a second Total row \(the first is on line 33\): paste one table at a time\.$/,
    ],
    [
      '20 MB of text after the Total row',
      `${en}${'lorem ipsum dolor sit amet\n'.repeat(780_000)}`,
      /^the text is 21,060,926 characters long, more than the 100,000 the importer reads .*: paste only the table\.$/,
    ],
    [
      'pages of text after the Total row',
      `${en}${'lorem ipsum dolor sit amet\n'.repeat(200)}`,
      /^line 34: 5,200 characters of text follow the Total row on line 33: paste only the table\.$/,
    ],
    [
      'a member of more than 2,000,000,000 persons',
      en.replace('82 940 663', '3 000 000 000'),
      /^line 6: the population of Germany is 3 000 000 000, more than the 2 000 000 000 one member may have\.$/,
    ],
  ])('refuses %s', (_, text, message) => {
    expect(failure(text)).toMatch(message);
  });

  it('quotes at most 80 characters of a bad line, on one line', () => {
    // The line's trailing space is trimmed: 69,999 characters of text.
    const message = failure(en.replace('Germany\t', `${'BANNER '.repeat(10_000)}\nGermany\t`));
    expect(message).toMatch(/^line 6: "BANNER BANNER .*…" \(69,999 characters\) is not a member state name/);
    expect(message.length).toBeLessThan(200);
  });
});

describe('datasetFileOf', () => {
  it('rebuilds data/datasets/council-2020.json byte for byte from the English table', () => {
    const file = datasetFileOf(parsed(fixture('en-tab.txt')), META, 'data/datasets/council-2020.json');
    expect(file.ok && file.value.text).toBe(SHIPPED_TEXT);
    expect(file.ok && file.value.dataset.members).toHaveLength(27);
  });

  it.each([
    [{ id: 'Council 2027' }, /id must be lower-case/],
    [{ from: '2027-02-30' }, /not two calendar dates in order/],
    [{ from: '2027-01-01', to: '2026-12-31' }, /not two calendar dates in order/],
    [{ source: ' ' }, /provenance\.source is missing/],
    [{ address: 'javascript:alert(1)' }, /^The address "javascript:alert\(1\)" is not an https:\/\/ address/],
    [{ address: 'http://eur-lex.europa.eu/eli/dec/2019/2209/oj' }, /is not an https:\/\/ address/],
  ])('refuses bad provenance %o', (change, message) => {
    const file = datasetFileOf(parsed(fixture('en-tab.txt')), { ...META, ...change }, 'x.json');
    expect(file.ok).toBe(false);
    if (!file.ok) expect(file.error).toMatchObject({ code: 'import.invalid', message: expect.stringMatching(message) });
  });
});

describe('renderDatasetIndex', () => {
  it('reproduces the shipped data/index.ts from the shipped file names', () => {
    const files = readdirSync(join(ROOT, 'data/datasets'));
    expect(renderDatasetIndex(files)).toBe(readFileSync(join(ROOT, 'data/index.ts'), 'utf8'));
  });

  it('sorts, ignores other files and keeps identifiers distinct', () => {
    const text = renderDatasetIndex(['council-2027.json', 'README.md', 'council2027.json', '2028.json']);
    expect(text.split('\n').filter((l) => l.startsWith('import'))).toEqual([
      "import _2028 from './datasets/2028.json';",
      "import council2027 from './datasets/council-2027.json';",
      "import council2027_2 from './datasets/council2027.json';",
    ]);
    expect(text).toContain("  'data/datasets/council2027.json': council2027_2,\n");
  });
});

describe('npm run data:import (the CLI shell, end to end)', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const cli = (args: string[]) =>
    spawnSync(tsx, [join(ROOT, 'src/cli/dataImport.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'annex-import-'));
    mkdirSync(join(dir, 'datasets'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a dataset that loads, regenerates the index beside it, and refuses to overwrite without --force', () => {
    const args = [
      join(ROOT, 'tests/fixtures/annex/de-columns.txt'),
      '--from',
      '2020-02-01',
      '--source',
      META.source,
      '--address',
      META.address,
      '--confidence',
      'medium-high',
      '--note',
      META.note,
      '--out',
      join(dir, 'datasets'),
    ];
    const first = cli(args);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    expect(first.stdout).toMatch(
      /^council-2020: 27 members, total 447 470 672 persons; wrote .*council-2020\.json and .*index\.ts\n$/,
    );

    const written = readFileSync(join(dir, 'datasets/council-2020.json'), 'utf8');
    const loaded = parseDataset(JSON.parse(written), 'council-2020.json');
    expect(loaded.ok && loaded.value.total).toBe(447_470_672);
    expect(written).toBe(SHIPPED_TEXT); // the default label is "Council 2020 (EU-27, from 1 February 2020)"
    expect(readFileSync(join(dir, 'index.ts'), 'utf8')).toBe(renderDatasetIndex(['council-2020.json']));

    const again = cli(args);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^data:import: .*council-2020\.json already exists; pass --force to replace it\n$/);
    expect(cli([...args, '--force']).status).toBe(0);
  }, 60_000);

  it.each([
    [['--address', 'javascript:alert(1)'], /^data:import: --address must be an https:\/\/ address .*\(found "javascript:alert\(1\)"\)\n$/],
    [['--address', 'https://eur-lex.europa.eu/x', '--extra'], /^data:import: Unknown option '--extra'; run with --help for the options\n$/],
  ])('refuses %j in one line with status 2, writing nothing', (extra, message) => {
    const r = cli([join(ROOT, 'tests/fixtures/annex/en-tab.txt'), '--from', '2027-01-01', '--source', 's', '--out', join(dir, 'datasets'), ...extra]);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(readdirSync(join(dir, 'datasets'))).toEqual([]);
  }, 60_000);

  it('refuses a file far larger than a table without reading it', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, `${en}${'x'.repeat(20_000_000)}`);
    const r = cli([big, '--from', '2027-01-01', '--source', 's', '--address', META.address, '--out', join(dir, 'datasets')]);
    expect(r.stderr).toMatch(/^data:import: .*big\.txt is 20,000,926 bytes, far more than an Annex III table .*: paste only the table\n$/);
    expect(r.status).toBe(2);
  }, 60_000);

  it('reports bad input in one line with status 2 and writes nothing', () => {
    const bad = cli([
      join(ROOT, 'tests/fixtures/annex/broken-total.txt'),
      '--from',
      '2027-01-01',
      '--source',
      's',
      '--address',
      'a',
      '--out',
      join(dir, 'datasets'),
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^data:import: .*broken-total\.txt, line 33: the Total row says 447 470 762 .*\n$/);
    expect(readdirSync(join(dir, 'datasets'))).toEqual([]);
    const missing = cli([join(ROOT, 'tests/fixtures/annex/en-tab.txt'), '--out', join(dir, 'datasets')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^data:import: --from is required/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
