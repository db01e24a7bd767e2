/**
 * The one gate for added figures, case by case: each problem a hostile sender tried is refused
 * (or neutralised) the same way whether the table is pasted, carried by a link or a file, given to
 * the command line, or read back from storage.
 */
import { describe, expect, it } from 'vitest';
import { addedDatasetJson, restoreAdded } from '../../../src/core/data/addedFigures';
import { addedDatasetOf } from '../../../src/core/data/annexFigures';
import { DATASETS } from '../../../src/core/data/datasets';
import { admitFigures, cleanText, FIGURES_LIMITS, type FiguresVia } from '../../../src/core/data/figuresGate';
import { annexText, EU27, EU28, plain, tableJson, type Hostile } from './hostileFigures';

const VIAS: readonly FiguresVia[] = ['link', 'file', 'cli'];
const admit = (h: Hostile, via: FiguresVia) => admitFigures(tableJson(h), { via, where: `the figures (${via})`, known: DATASETS });
const paste = (h: Hostile) => addedDatasetOf(annexText(h), { from: h.from, to: h.to, decision: h.source, addedOn: '2030-12-20' }, DATASETS);

/** The refusal of every way in, or `accepted` for each that took the table. */
function everyWay(h: Hostile): string[] {
  const answers = [...VIAS.map((via) => admit(h, via)), paste(h)];
  return answers.map((r) => (r.ok ? 'accepted' : r.error.message));
}

const refusedEverywhere = (h: Hostile, pattern: RegExp) => {
  const answers = everyWay(h);
  expect(answers.filter((a) => a === 'accepted')).toEqual([]);
  for (const a of answers) expect(a).toMatch(pattern);
};

describe('the figures gate', () => {
  it('admits a sound table on every way in', () => {
    expect(everyWay(plain)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
  });

  it('1. refuses members other than the Union’s on the first day: 26, 28 in 2031, one row, 27 in March 2019', () => {
    refusedEverywhere({ ...plain, codes: EU27.filter((c) => c !== 'MT') }, /no row for Malta: the Union had 27 members on 2031-01-01/i);
    refusedEverywhere({ ...plain, codes: EU28 }, /United Kingdom was not a member of the Union on 2031-01-01/);
    refusedEverywhere({ ...plain, codes: ['DE'] }, /no row for Belgium, .*Sweden: the Union had 27 members/i);
    refusedEverywhere({ ...plain, from: '2019-03-01', to: '2019-12-31' }, /no row for United Kingdom: the Union had 28 members on 2019-03-01/i);
    // Kosovo is not in an Annex III table at all: the paste does not read it as a member.
    for (const a of everyWay({ ...plain, codes: [...EU27, 'XK'] })) expect(a).not.toBe('accepted');
    expect(everyWay({ ...plain, codes: EU28, from: '2019-03-01', to: '2019-12-31' })).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
  });

  it('2. refuses days that are not on the calendar, periods that end before they begin, and checks overlap on the real interval', () => {
    refusedEverywhere({ ...plain, from: '2026-12-31', to: '2020-01-01' }, /2026-12-31 to 2020-01-01 ends before it begins/);
    refusedEverywhere({ ...plain, from: '2031-02-30' }, /2031-02-30.* is not a calendar day/);
    refusedEverywhere({ ...plain, to: '2031-13-01' }, /"2031-13-01" is not a calendar day/);
    // Spanning the shipped 2025 table, whose figures differ.
    refusedEverywhere({ ...plain, from: '2024-01-01', to: '2026-12-31' }, /overlaps|cannot sit beside/);
  });

  it('4. applies one limit to the decision on entry, so what was admitted always travels', () => {
    const long = { ...plain, source: `Council Decision (EU, Euratom) 2030/9999 ${'x'.repeat(410)}` };
    refusedEverywhere(long, /longer than 400 characters|400 kept/);
    const most = { ...plain, source: `Council Decision ${'x'.repeat(FIGURES_LIMITS.source - 17)}` };
    const pasted = paste(most);
    if (!pasted.ok) throw new Error(pasted.error.message);
    expect(admitFigures(addedDatasetJson(pasted.value), { via: 'link', where: 'the link', known: DATASETS }).ok).toBe(true);
    expect(restoreAdded(addedDatasetJson(pasted.value), 'stored').ok).toBe(true);
  });

  it('3. refuses a label of megabytes in constant time, on every way that carries a label', () => {
    const huge = { ...plain, label: 'x'.repeat(30_000_000) };
    const started = performance.now();
    for (const via of [...VIAS, 'stored'] as const) expect(admit(huge, via)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/label is longer than 120/) } });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('8. assigns its own confidence, label and flags, bounds ids and strips control and bidirectional characters', () => {
    const sender: Hostile = {
      ...plain,
      label: '<img src=x onerror=alert(1)>\u202eLabel',
      source: 'Council\u202e Decision\u0000 2030/9999\u2066',
      confidence: 'high',
      editable: true,
      outdated: true,
    };
    for (const via of VIAS) {
      const r = admit(sender, via);
      if (!r.ok) throw new Error(r.error.message);
      const ds = r.value.dataset;
      expect(ds.label).toBe('Council 2031 (EU-27)');
      expect(ds.provenance.confidence).toBe('medium');
      expect(ds.provenance.source).toBe('Council Decision 2030/9999');
      expect([ds.editable, ds.outdated]).toEqual([false, false]);
    }
    // The paste makes its own id; every way that carries one bounds it.
    for (const via of VIAS) expect(admit({ ...plain, id: `added-${'x'.repeat(2000)}` }, via)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/id is longer than 40 characters/) } });
    expect(cleanText('a\u200b\u202eb\tc\u2029d')).toBe('ab c d');
  });

  it('re-reads stored figures under the same limits, clamping a confidence the app never gives', () => {
    const stored = restoreAdded({ ...tableJson(plain), provenance: { ...(tableJson(plain).provenance as object), confidence: 'high' } }, 'k');
    expect(stored.ok && stored.value.provenance.confidence).toBe('medium-high');
    expect(restoreAdded({ ...tableJson(plain), period: { from: '2031-12-31', to: '2031-01-01' } }, 'k')).toMatchObject({ ok: false, error: { message: 'k: their period 2031-12-31 to 2031-01-01 ends before it begins.' } });
  });
});
