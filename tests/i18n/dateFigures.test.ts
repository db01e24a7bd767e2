/**
 * The sentence beside the verdict on the figures and the date of the vote, checked against the
 * data the verdict is computed on: the dataset the scenario evaluates with (findDataset, as
 * outcomeOf does), its period, the tables' periods and the membership of the date, worked out
 * here independently of figuresStatus. Every language; fast-check prints the seed on failure.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDataset } from '../../src/core/data/dataset';
import { DATASETS, datasetsWith, findDataset, setAddedDatasets } from '../../src/core/data/datasets';
import { membershipOn } from '../../src/core/data/membership';
import type { CountryCode } from '../../src/core/rules/countries';
import { outcomeOf, uniformScenario, type Scenario } from '../../src/core/scenario/scenario';
import { datedScenario, figuresStatus, figuresStatusText, onDataset } from '../../src/core/scenario/voteDate';
import { longDate } from '../../src/core/scenario/longDate';
import { figuresSentences } from '../../src/i18n/dateFigures';
import { loadCatalogue, type Locale } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/translator';

const LANGS: Locale[] = ['en', 'fr', 'de'];
beforeAll(async () => {
  for (const l of LANGS) await loadCatalogue(l);
});

const added = (() => {
  const r = parseDataset(JSON.parse(readFileSync('tests/fixtures/figures/added-2031.json', 'utf8')), 'added-2031.json');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();
const ALL = datasetsWith([added]);
// The added table is found by the same lookup as the verdict's, as in the app.
beforeAll(() => setAddedDatasets([added]));
afterAll(() => setAddedDatasets([]));
const COUNCILS = ALL.filter((d) => d.role === 'council');

const day = (n: number) => new Date(Date.UTC(2007, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const dateArb = fc.oneof(
  fc.integer({ min: 0, max: 34_000 }).map(day),
  fc.constantFrom('2013-06-30', '2013-07-01', '2020-01-31', '2020-02-01', '2025-01-01', '2025-12-31', '2026-01-01', '2031-06-01'),
);
/** A date chosen (the table follows), or a table chosen by hand after it; or no date at all. */
const scenarioArb = fc
  .record({ date: dateArb, byHand: fc.option(fc.constantFrom(...COUNCILS), { nil: undefined }), undated: fc.boolean(), hr: fc.constantFrom('yes', 'absent') })
  .map(({ date, byHand, undated, hr }): Scenario => {
    let s = datedScenario(uniformScenario('council-2025', 'yes'), date, ALL);
    if (byHand) s = onDataset(s, byHand, s.date, false);
    if ('HR' in s.positions && hr === 'yes') s = { ...s, positions: { ...s.positions, HR: 'yes' } };
    if (undated) {
      const { date: _d, ...rest } = s;
      s = rest;
    }
    return s;
  });

const inForce = (d: { period: { from: string; to: string } }, date: string) => d.period.from <= date && date <= d.period.to;

describe('the figures-and-date sentence agrees with the data of the verdict', () => {
  it('in English, French and German, and in the English exports', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const found = findDataset(s.datasetId);
        expect(found.ok).toBe(true);
        if (!found.ok) return;
        const d = found.value; // what outcomeOf evaluates with
        expect(outcomeOf(s).ok).toBe(true);
        const st = figuresStatus(s, ALL)!;
        expect(st.dataset).toBe(d);
        const text = figuresStatusText(st);
        expect(text).toContain(d.label);
        if (s.date === undefined) {
          expect(st.kind).toBe('undated');
        } else {
          const date = s.date;
          expect(text).toContain(longDate(date, 'en'));
          const anyInForce = COUNCILS.find((x) => inForce(x, date));
          const withUk = date < '2020-02-01';
          const sameMembers = COUNCILS.filter((x) => x.members.some((m) => m.code === 'UK') === withUk);
          const gap = (x: (typeof COUNCILS)[number]) => (date < x.period.from ? x.period.from : date > x.period.to ? x.period.to : date);
          const dist = (x: (typeof COUNCILS)[number]) => Math.abs(Date.parse(gap(x)) - Date.parse(date));
          const nearest = Math.min(...sameMembers.map(dist));
          if (inForce(d, date)) expect(st.kind).toBe('inForce');
          else if (anyInForce) expect(st).toMatchObject({ kind: 'other', expected: anyInForce, expectedInForce: true });
          else if (dist(d) === nearest && sameMembers.includes(d)) expect(['nearest', 'other']).toContain(st.kind);
          else expect(st).toMatchObject({ kind: 'other', expectedInForce: false });
          if (st.kind === 'other') expect(dist(st.expected)).toBe(nearest);
          if (st.kind === 'nearest') expect(dist(d)).toBe(nearest);
          const members = membershipOn(date)!.members as readonly string[];
          const outside = d.members.map((m) => m.code).filter((c) => !members.includes(c));
          expect(st.kind !== 'undated' && [...st.nonMembers]).toEqual(outside);
          expect(st.kind !== 'undated' && [...st.counted]).toEqual(outside.filter((c) => s.positions[c] !== 'absent'));
        }
        for (const l of LANGS) {
          const tr = translator(l);
          const lines = figuresSentences(st, tr);
          const all = lines.join(' ');
          expect(all).not.toMatch(/\{\w+\}/);
          expect(lines[0]).toContain(tr.dataset(d));
          if (st.kind === 'undated') {
            expect(lines[0]).toContain(tr.day(d.period.from));
            continue;
          }
          expect(lines[0]).toContain(tr.day(st.date));
          expect(lines[0] === tr.t('dateFigures.inForce', { date: tr.day(st.date), label: tr.dataset(d) })).toBe(st.kind === 'inForce');
          if (st.kind === 'nearest') expect(lines[0]).toContain(tr.day(d.period.to));
          if (st.kind === 'other') expect(lines[0]).toContain(tr.dataset(st.expected));
          // As the subject of a sentence the name takes its article: "The United Kingdom was not a member…" ("das Vereinigte Königreich").
          for (const c of st.nonMembers) expect(all).toContain(l === 'de' && c === 'UK' ? 'Vereinigte Königreich' : tr.country(c as CountryCode));
          if (l === 'en' && st.nonMembers.includes('UK' as CountryCode)) expect(all).toMatch(/The United Kingdom (was|and)/);
          expect(lines.length).toBe((st.kind === 'nearest' ? 2 : 1) + (st.counted.length > 0 ? 1 : 0) + (st.nonMembers.length > st.counted.length ? 1 : 0));
        }
      }),
      { numRuns: 400, ...(process.env.SURFACES_SEED ? { seed: Number(process.env.SURFACES_SEED) } : {}) },
    );
  }, 60_000);

  it('the shipped tables: the EU-28 table for 2019 is the nearest, 2025 is in force', () => {
    const tr = translator('en');
    const st19 = figuresStatus(datedScenario(uniformScenario(), '2019-06-01', DATASETS), DATASETS)!;
    expect(figuresSentences(st19, tr)).toEqual([
      'No figures for 1 June 2019 in the app: using Council 2016 (EU-28 with the United Kingdom) (applied 1 January 2016 – 31 December 2016), the nearest.',
      'Add the official figures for 2019 with “Add official figures”.',
    ]);
    const st25 = figuresStatus(datedScenario(uniformScenario(), '2025-03-01', DATASETS), DATASETS)!;
    expect(figuresSentences(st25, translator('fr'))).toEqual(['Chiffres en vigueur le 1 mars 2025 : Conseil 2025 (UE-27).']);
    expect(figuresSentences(st25, translator('de'))).toEqual(['Am 1. März 2025 geltende Zahlen: Rat 2025 (EU-27).']);
  });
});
