/**
 * The dataset gate: every shipped file loads; bad files are refused with the file and the field
 * named; point estimates from rounded percentages add up and stay within their rounding range.
 */
import fc from 'fast-check';
import { DATASET_FILES } from '../../../data/index';
import { PROTOCOL_ORDER } from '../../../src/core/rules/countries';
import { parseDataset, type Dataset } from '../../../src/core/data/dataset';
import { DATASETS, findDataset } from '../../../src/core/data/datasets';

const RAW_2020 = DATASET_FILES['data/datasets/council-2020.json'];
const RAW_2025 = DATASET_FILES['data/datasets/council-2025.json'];

type Raw = { [k: string]: unknown; members: Record<string, unknown>[]; provenance: Record<string, unknown> };
const clone = (x: unknown): Raw => structuredClone(x) as Raw;

function parsed(raw: unknown, file = 'test.json'): Dataset {
  const r = parseDataset(raw, file);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('shipped datasets', () => {
  test('every file in data/index.ts loads, and the Council ones are listed newest first', () => {
    for (const [file, raw] of Object.entries(DATASET_FILES)) expect(parseDataset(raw, file)).toMatchObject({ ok: true });
    expect(DATASETS.map((d) => d.id)).toEqual(['council-2025', 'council-2022', 'council-2020', 'council-2016', 'candidates-2017']);
    expect(findDataset('council-2025')).toMatchObject({ ok: true, value: { figures: 'percentages', total: 451028881 } });
    expect(findDataset('council-2020')).toMatchObject({ ok: true, value: { figures: 'persons', total: 447470672 } });
    expect(findDataset('council-1999')).toMatchObject({ ok: false, error: { code: 'dataset.unknown' } });
  });

  test.each(DATASETS.map((d) => [d.id, d] as const))('%s: point estimates add up to the total and lie within [low, high]', (_id, d) => {
    expect(d.members.reduce((a, m) => a + m.population, 0)).toBe(d.total);
    for (const m of d.members) {
      expect(m.low).toBeLessThanOrEqual(m.population);
      expect(m.population).toBeLessThanOrEqual(m.high);
      if (d.figures === 'persons') expect([m.low, m.high]).toEqual([m.population, m.population]);
    }
  });

  test('council-2025: Germany at 18.49 % is known to +/- 0.005 points of 451 028 881', () => {
    // 0.18485 x 451 028 881 = 83 372 688.65 -> 83 372 689; 0.18495 x 451 028 881 = 83 417 791.54 -> 83 417 791.
    const d = findDataset('council-2025');
    const de = d.ok ? d.value.members.find((m) => m.code === 'DE') : undefined;
    expect(de).toMatchObject({ shareBasisPoints: 1849, low: 83372689, high: 83417791 });
  });
});

describe('parseDataset refuses bad files, naming the file and the field', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['wrong formatVersion', { ...clone(RAW_2020), formatVersion: 2 }, 'formatVersion', /must be 1 \(found 2\)/],
    ['an unknown country code', (() => { const r = clone(RAW_2020); r.members[3]!.code = 'XX'; return r; })(), 'members[3].code', /"XX"/],
    ['Greece written GR', (() => { const r = clone(RAW_2020); r.members[8]!.code = 'GR'; return r; })(), 'members[8].code', /"GR"/],
    ['a repeated code', (() => { const r = clone(RAW_2020); r.members[5]!.code = 'DE'; return r; })(), 'members[5].code', /repeats DE/],
    ['persons that miss the total', { ...clone(RAW_2020), total: 447470673 }, 'total', /447470673 but the members add up to 447470672/],
    ['a population that is not a whole number', (() => { const r = clone(RAW_2020); r.members[0]!.population = 8.5; return r; })(), 'members[0].population', /whole number/],
    ['no provenance', (() => { const r = clone(RAW_2020); delete (r as Record<string, unknown>).provenance; return r; })(), 'provenance', /is missing/],
    ['a provenance without its source', (() => { const r = clone(RAW_2020); r.provenance.source = ' '; return r; })(), 'provenance.source', /is missing/],
    ['an unknown confidence', (() => { const r = clone(RAW_2020); r.provenance.confidence = 'certain'; return r; })(), 'provenance.confidence', /must be one of/],
    ['a percentage with three decimals', (() => { const r = clone(RAW_2025); r.members[2]!.percentage = '13.235'; return r; })(), 'members[2].percentage', /two decimals/],
    ['a percentage given as a number', (() => { const r = clone(RAW_2025); r.members[0]!.percentage = 18.49; return r; })(), 'members[0].percentage', /string/],
    ['a member of more than 2,000,000,000 persons', (() => { const r = clone(RAW_2020); r.members[0]!.population = 100_000_000_000_000; r.total = 100_000_000_000_000 + 447470672 - 82940663; return r; })(), 'members[0].population', /at most 2,000,000,000 persons \(got 100,000,000,000,000\)\.$/],
    ['a Union total that makes a member larger than 2,000,000,000', { ...clone(RAW_2025), total: 20_000_000_000 }, 'members[0]', /more than 2,000,000,000 persons/],
    ['a javascript: address', (() => { const r = clone(RAW_2020); r.provenance.address = 'javascript:alert(1)'; return r; })(), 'provenance.address', /must be an https:\/\/ address \(found "javascript:alert\(1\)"\)/],
    ['a plain http address', (() => { const r = clone(RAW_2020); r.provenance.address = 'http://eur-lex.europa.eu/'; return r; })(), 'provenance.address', /https/],
    ['percentages far from 100 %', (() => { const r = clone(RAW_2025); r.members[0]!.percentage = '18.79'; return r; })(), 'members', /100\.31 %/],
  ];
  test.each(cases)('%s', (_what, raw, path, detail) => {
    const r = parseDataset(raw, 'data/datasets/broken.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('dataset.invalid');
    expect(r.error.path).toBe(path);
    expect(r.error.message.startsWith(`data/datasets/broken.json: ${path} `)).toBe(true);
    expect(r.error.message).toMatch(detail);
  });
});

/**
 * Random percentage datasets that pass the rounding check (the shares may miss 100 % by less
 * than half a hundredth per member), including lopsided ones where proportional scaling alone
 * would push a large member outside its own rounding range.
 */
const percentageFile = fc
  .tuple(fc.array(fc.integer({ min: 1, max: 2500 }), { minLength: 3, maxLength: 30 }), fc.integer({ min: 1_000_000, max: 600_000_000 }), fc.double({ min: -1, max: 1, noNaN: true }))
  .map(([rough, total, skew]) => {
    const n = rough.length;
    const sum = rough.reduce((a, b) => a + b, 0);
    const shares = rough.map((r) => Math.max(1, Math.round((r * 10000) / sum)));
    const target = 10000 + Math.trunc(skew * ((n - 1) / 2)); // strictly within the tolerance
    shares[shares.length - 1]! += target - shares.reduce((a, b) => a + b, 0);
    return { shares, total };
  })
  .filter(({ shares }) => shares.every((s) => s >= 1));

const fileOf = ({ shares, total }: { shares: number[]; total: number }) => ({
  ...clone(RAW_2025),
  total,
  members: shares.map((s, i) => ({ code: PROTOCOL_ORDER[i], percentage: `${Math.floor(s / 100)}.${String(s % 100).padStart(2, '0')}` })),
});

test('any valid percentage file: estimates add up to the total, each within its rounding range, the range exact', () => {
  fc.assert(
    fc.property(percentageFile, (f) => {
      const d = parsed(fileOf(f));
      expect(d.members.reduce((a, m) => a + m.population, 0)).toBe(d.total);
      const T = BigInt(d.total);
      for (const m of d.members) {
        const v = BigInt(m.shareBasisPoints!);
        expect(m.low <= m.population && m.population <= m.high).toBe(true);
        // low: the fewest persons that are at least (v - 0.5) hundredths of a percent; high: the most within (v + 0.5).
        const lo = BigInt(m.low);
        const hi = BigInt(m.high);
        expect(lo * 20000n >= (2n * v - 1n) * T && (lo - 1n) * 20000n < (2n * v - 1n) * T).toBe(true);
        expect(hi * 20000n <= (2n * v + 1n) * T && (hi + 1n) * 20000n > (2n * v + 1n) * T).toBe(true);
      }
    }),
    { numRuns: 500 },
  );
});

test('a lopsided but valid file: 28 members at 100.13 % keep the largest within its range', () => {
  // 16.00 + 16 x 3.12 + 11 x 3.11 = 100.13 (28 members allow up to 0.14 of rounding). Scaling
  // 16.00 by 100/100.13 gives 15.979 %, outside 15.995-16.005: the estimate must be clamped.
  const shares = [1600, ...Array<number>(16).fill(312), ...Array<number>(11).fill(311)];
  const d = parsed(fileOf({ shares, total: 500_000_000 }));
  expect(d.members[0]).toMatchObject({ low: 79975000, high: 80025000, population: 79975000 });
  expect(d.members.reduce((a, m) => a + m.population, 0)).toBe(500_000_000);
});
