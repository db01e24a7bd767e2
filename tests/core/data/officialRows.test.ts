/**
 * Every shipped Council table against the rows of Annex III read from the Official Journal
 * (persons and two-decimal percentages): a table that disagrees with any known official row of
 * its year must not ship.
 */
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/core/data/datasets';
import type { Dataset } from '../../../src/core/data/dataset';

type Row = readonly [code: string, persons: number, percent?: string];

/** Official rows by the year the decision applies to (the rest of each table was not read). */
const OFFICIAL: Readonly<Record<string, { decision: string; rows: readonly Row[] }>> = {
  '2021': { decision: '2020/2030', rows: [['DE', 83_100_961, '18.54']] },
  '2022': {
    decision: '2021/2320',
    rows: [['DE', 83_120_520, '18.57'], ['FR', 67_439_614, '15.07'], ['IT', 59_862_348, '13.38'], ['ES', 47_394_223, '10.59'], ['PL', 37_840_001, '8.45'], ['RO', 19_186_201, '4.29']],
  },
  '2023': {
    decision: '2022/2518',
    rows: [
      ['DE', 83_203_320, '18.59'], ['FR', 67_842_582, '15.16'], ['IT', 59_607_184, '13.32'], ['ES', 47_432_805, '10.60'], ['PL', 37_654_247, '8.41'], ['RO', 19_038_098, '4.25'],
      ['NL', 17_734_036, '3.96'], ['BE', 11_631_136, '2.60'], ['EL', 10_603_810, '2.37'], ['CZ', 10_545_457, '2.36'], ['SE', 10_440_000, '2.33'], ['PT', 10_352_042, '2.31'],
    ],
  },
  '2024': {
    decision: '2023/2827',
    rows: [
      ['DE', 84_311_244, '18.72'], ['FR', 68_070_697, '15.11'], ['IT', 59_691_110, '13.25'], ['ES', 48_063_694, '10.67'], ['PL', 37_723_532, '8.37'], ['RO', 19_051_562, '4.23'],
      ['NL', 17_956_453, '3.99'], ['BE', 11_754_004, '2.61'], ['CZ', 10_833_385, '2.40'], ['SE', 10_541_000],
    ],
  },
};

/** What in `d` disagrees with the official rows of its year, one line each. */
function disagreements(d: Dataset): string[] {
  const year = d.period.from.slice(0, 4);
  const official = OFFICIAL[year];
  if (!official || d.period.to.slice(0, 4) !== year) return [];
  const out: string[] = [];
  for (const [code, persons, percent] of official.rows) {
    const m = d.members.find((x) => x.code === code);
    if (!m) {
      out.push(`${d.id}: no row for ${code}`);
      continue;
    }
    const basis = m.shareBasisPoints ?? Math.round((m.population * 10_000) / d.total);
    if (d.figures === 'persons' && m.population !== persons) out.push(`${d.id} ${code}: ${m.population} persons, officially ${persons}`);
    if (percent !== undefined && basis !== Math.round(Number(percent) * 100)) out.push(`${d.id} ${code}: ${(basis / 100).toFixed(2)} %, officially ${percent} %`);
  }
  return out;
}

describe('shipped tables against the official rows of Annex III', () => {
  it('every shipped Council table agrees with every official row of its year', () => {
    expect(DATASETS.filter((d) => d.role === 'council').flatMap(disagreements)).toEqual([]);
  });

  it('the 2022 table ships, for Decision 2021/2320, with how it was obtained', () => {
    const d = DATASETS.find((x) => x.id === 'council-2022')!;
    expect(d.period).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(d.provenance.source).toContain('2021/2320');
    expect(d.provenance.confidence).toBe('medium-high');
    expect(d.provenance.note).toMatch(/third-party transcription, not read from the Official Journal/);
    expect(d.total).toBe(447_559_291);
  });

  it('a table off by one person or one hundredth in an official row is caught', () => {
    const d = DATASETS.find((x) => x.id === 'council-2022')!;
    const off = { ...d, members: d.members.map((m) => (m.code === 'RO' ? { ...m, population: m.population + 1 } : m)) };
    expect(disagreements(off)).toEqual(['council-2022 RO: 19186202 persons, officially 19186201']);
  });
});
