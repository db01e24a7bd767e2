import { readFileSync } from 'node:fs';
import { parseDataset, type Dataset } from '../../../src/core/data/dataset';
import { DATASETS, datasetsWith, findDataset } from '../../../src/core/data/datasets';
import { membershipOn } from '../../../src/core/data/membership';
import type { CountryCode } from '../../../src/core/rules/countries';
import { outcomeOf, uniformScenario, type Scenario } from '../../../src/core/scenario/scenario';
import { restoreScenario } from '../../../src/core/scenario/scenarioGate';
import { datedScenario, figuresOfDate, figuresStatus, figuresStatusText, nonMemberNote, onDataset } from '../../../src/core/scenario/voteDate';

const ds = (id: string): Dataset => {
  const r = findDataset(id);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const added2031 = (() => {
  const r = parseDataset(JSON.parse(readFileSync('tests/fixtures/figures/added-2031.json', 'utf8')), 'added-2031.json');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();
const c = (x: string) => x as CountryCode;

describe('membershipOn (data layer)', () => {
  it('is EU-27 without Croatia before 1 July 2013, EU-28 to 31 January 2020, EU-27 since', () => {
    expect(membershipOn('2013-06-30')?.id).toBe('eu27-2007');
    expect(membershipOn('2013-07-01')?.id).toBe('eu28');
    expect(membershipOn('2020-01-31')?.id).toBe('eu28');
    expect(membershipOn('2020-02-01')?.id).toBe('eu27-2020');
    expect(membershipOn('2006-12-31')).toBeUndefined();
  });
});

describe('figuresOfDate', () => {
  it('gives the table in force, else the nearest with the members of the date', () => {
    expect(figuresOfDate('2025-03-01', DATASETS)).toMatchObject({ table: { id: 'council-2025' }, inForce: true, membership: { id: 'eu27-2020' } });
    expect(figuresOfDate('2019-06-01', DATASETS)).toMatchObject({ table: { id: 'council-2016' }, inForce: false, membership: { id: 'eu28' } });
    expect(figuresOfDate('2026-11-29', DATASETS)).toMatchObject({ table: { id: 'council-2025' }, inForce: false });
    expect(figuresOfDate('2031-05-01', datasetsWith([added2031]))).toMatchObject({ table: { id: 'added-2031-01-01' }, inForce: true });
  });
});

describe('datedScenario', () => {
  it('moves an EU-27 vote to the EU-28 table of 2019: positions kept, the UK undecided, notes and name kept', () => {
    const s: Scenario = { ...uniformScenario('council-2025', 'yes'), name: 'CSA', note: 'Coreper', positions: { ...uniformScenario('council-2025', 'yes').positions, DE: 'no' }, memberNotes: { DE: { text: 'Against.', position: 'no' } } };
    const d = datedScenario(s, '2019-06-01', DATASETS);
    expect(d.datasetId).toBe('council-2016');
    expect(d.date).toBe('2019-06-01');
    expect(d.positions.DE).toBe('no');
    expect(d.positions.FR).toBe('yes');
    expect(d.positions.UK).toBe('undecided');
    expect(Object.keys(d.positions)).toHaveLength(28);
    expect(d).toMatchObject({ name: 'CSA', note: 'Coreper', rule: 'qmv', memberNotes: { DE: { text: 'Against.', position: 'no' } } });
    expect(restoreScenario(d)).toEqual({ ok: true, value: d });
  });

  it('moves back to EU-27: the UK leaves, its note is kept in the scenario note, never dropped', () => {
    const s = datedScenario({ ...uniformScenario('council-2016', 'no'), memberNotes: { UK: { text: 'Leaving.', position: 'no' } } }, '2019-06-01', DATASETS);
    const d = datedScenario(s, '2025-03-01', DATASETS);
    expect(d.datasetId).toBe('council-2025');
    expect('UK' in d.positions).toBe(false);
    expect(d.positions.DE).toBe('no');
    expect(d.memberNotes).toBeUndefined();
    expect(d.note).toBe('Note on United Kingdom (not among the members of Council 2025 (EU-27)): Leaving.');
    expect(restoreScenario(d).ok).toBe(true);
  });

  it('before 1 July 2013 Croatia does not participate, with a note; a later date brings it back undecided', () => {
    const s = datedScenario(uniformScenario('council-2025', 'yes'), '2012-05-10', DATASETS);
    expect(s.datasetId).toBe('council-2016');
    expect(s.positions.HR).toBe('absent');
    expect(s.memberNotes?.HR).toEqual({ text: nonMemberNote('2012-05-10'), position: 'absent' });
    const o = outcomeOf(s);
    expect(o.ok && o.value.worst.members.participating).toBe(27);
    const later = datedScenario(s, '2014-03-01', DATASETS);
    expect(later.positions.HR).toBe('undecided');
    expect(later.memberNotes?.HR).toBeUndefined();
    expect(later.positions.DE).toBe('yes');
  });

  it("keeps the user's own note on Croatia", () => {
    const s = { ...uniformScenario('council-2016', 'yes'), memberNotes: { HR: { text: 'Observer.', position: 'yes' as const } } };
    const d = datedScenario(s, '2012-05-10', DATASETS);
    expect(d.positions.HR).toBe('absent');
    expect(d.memberNotes?.HR).toEqual({ text: 'Observer.', position: 'yes' });
  });

  it('picks figures the user added for a date inside their year', () => {
    expect(datedScenario(uniformScenario(), '2031-06-15', datasetsWith([added2031])).datasetId).toBe('added-2031-01-01');
  });
});

describe('onDataset (a table chosen by hand)', () => {
  it('keeps the date, the name and the notes', () => {
    const s = { ...uniformScenario('council-2025', 'no'), name: 'N', date: '2025-03-01', memberNotes: { FR: { text: 'x', position: 'no' as const } } };
    const d = onDataset(s, ds('council-2020'), s.date);
    expect(d).toMatchObject({ datasetId: 'council-2020', date: '2025-03-01', name: 'N', memberNotes: { FR: { text: 'x', position: 'no' } } });
  });
});

describe('figuresStatus and its sentence', () => {
  const s = uniformScenario('council-2025', 'yes');
  it('in force', () => {
    const st = figuresStatus({ ...s, date: '2025-11-05' }, DATASETS)!;
    expect(st.kind).toBe('inForce');
    expect(figuresStatusText(st)).toBe('Figures in force on 5 November 2025: Council 2025 (EU-27).');
  });
  it('nearest, when the app has no table for the date', () => {
    const st = figuresStatus({ ...s, date: '2026-11-29' }, DATASETS)!;
    expect(st.kind).toBe('nearest');
    expect(figuresStatusText(st)).toBe('No figures for 29 November 2026 in the app: using Council 2025 (EU-27) (applied 1 January 2025 to 31 December 2025), the nearest.');
  });
  it('another table chosen by hand', () => {
    expect(figuresStatusText(figuresStatus({ ...uniformScenario('council-2020', 'yes'), date: '2025-11-05' }, DATASETS)!)).toBe(
      'Council 2020 (EU-27, from 1 February 2020) is not the table in force on 5 November 2025 (Council 2025 (EU-27) is).',
    );
    expect(figuresStatusText(figuresStatus({ ...s, date: '2019-06-01' }, DATASETS)!)).toBe(
      'Council 2025 (EU-27) is not the table for 1 June 2019: the app has none in force that day; the nearest is Council 2016 (EU-28 with the United Kingdom).',
    );
  });
  it('no date set: keeps the chosen table and says which', () => {
    const st = figuresStatus(uniformScenario('council-2020'), DATASETS)!;
    expect(st).toMatchObject({ kind: 'undated', dataset: { id: 'council-2020' } });
    expect(figuresStatusText(st)).toMatch(/^No date of the vote set: the figures are Council 2020/);
  });
  it('names a non-member, and says when it is counted all the same', () => {
    const dated = datedScenario(s, '2012-05-10', DATASETS);
    expect(figuresStatusText(figuresStatus(dated, DATASETS)!)).toMatch(/Croatia was not a member of the Council on 10 May 2012: not participating\.$/);
    const counted = { ...dated, positions: { ...dated.positions, HR: 'yes' as const } };
    expect(figuresStatus(counted, DATASETS)).toMatchObject({ nonMembers: [c('HR')], counted: [c('HR')] });
    expect(figuresStatusText(figuresStatus(counted, DATASETS)!)).toMatch(/counted all the same: Croatia\.$/);
  });
});

describe('restoreScenario: the date of the vote', () => {
  const base = { datasetId: 'council-2025', rule: 'qmv', positions: {} };
  it.each([
    ['2024-02-30', /not a calendar day/],
    ['tomorrow', /not a calendar day/],
    ['2024-2-3', /not a calendar day/],
    [20240203, /not a calendar day/],
    ['2006-12-31', /before 2007-01-01/],
    ['2101-01-01', /after 2100-12-31/],
  ])('refuses %j', (date, message) => {
    const r = restoreScenario({ ...base, date });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.path).toBe('date');
      expect(r.error.message).toMatch(message);
    }
  });
  it('keeps a real date, and reads no date (or an empty one) as no date set', () => {
    const r = restoreScenario({ ...base, date: '2024-02-29' });
    expect(r.ok && r.value.date).toBe('2024-02-29');
    for (const date of [undefined, '']) {
      const u = restoreScenario({ ...base, date });
      expect(u.ok && 'date' in u.value).toBe(false);
    }
  });
});

describe('presets and recorded votes open on the table of their date', () => {
  it('every preset: its dataset is the one in force on its date, or the nearest the app has', async () => {
    const { PRESETS, presetScenario } = await import('../../../src/core/scenario/preset');
    for (const p of PRESETS) {
      const st = figuresStatus(presetScenario(p), DATASETS);
      expect([p.id, st?.kind]).toEqual([p.id, expect.stringMatching(/^(inForce|nearest)$/)]);
    }
  });

  it('every recorded vote: the same table as the date gives, Croatia out before July 2013', async () => {
    const { voteRecord } = await import('../../../src/core/votes/corpus');
    const { voteScenario } = await import('../../../src/core/votes/voteScenario');
    for (const v of voteRecord().votes) {
      const vs = voteScenario(v)!;
      const st = figuresStatus(vs.scenario, DATASETS)!;
      expect([v.id, st.kind]).toEqual([v.id, expect.stringMatching(/^(inForce|nearest)$/)]);
      expect(st.kind !== 'undated' && st.counted).toEqual([]);
    }
  });
});

describe('a member left out only by an old date', () => {
  it('comes back to the position its kept note was written for', () => {
    const s = { ...uniformScenario('council-2025', 'yes'), memberNotes: { HR: { text: 'Position not reported.', position: 'undecided' as const } }, positions: { ...uniformScenario('council-2025', 'yes').positions, HR: 'undecided' as const } };
    const in2012 = datedScenario(s, '2012-05-01', DATASETS);
    expect(in2012.positions.HR).toBe('absent');
    const back = datedScenario(datedScenario(in2012, '2016-03-01', DATASETS), '2022-06-01', DATASETS);
    expect([back.positions.HR, back.memberNotes?.HR?.text]).toEqual(['undecided', 'Position not reported.']);
  });
});
