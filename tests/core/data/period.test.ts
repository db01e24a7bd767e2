import { DATASETS, findDataset } from '../../../src/core/data/datasets';
import { isoDay, newestEnded, periodStatus, tableOnDate } from '../../../src/core/data/period';

const ds = (id: string) => {
  const r = findDataset(id);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('periodStatus', () => {
  const d2025 = ds('council-2025');
  it('is before, in force or ended, the last day included', () => {
    expect(periodStatus(d2025, '2024-12-31')).toBe('before');
    expect(periodStatus(d2025, '2025-01-01')).toBe('in-force');
    expect(periodStatus(d2025, '2025-12-31')).toBe('in-force');
    expect(periodStatus(d2025, '2026-01-01')).toBe('ended');
    expect(periodStatus(d2025, '2026-11-20')).toBe('ended');
  });
  it('throws on a malformed day (a programmer error)', () => {
    expect(() => periodStatus(d2025, '20/11/2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('newestEnded', () => {
  it('names the newest table once its period is over', () => {
    expect(newestEnded(DATASETS, '2026-11-20')?.id).toBe('council-2025');
  });
  it('is undefined while a table is in force, even an older one', () => {
    expect(newestEnded(DATASETS, '2025-06-01')).toBeUndefined();
    expect(newestEnded(DATASETS, '2020-06-01')).toBeUndefined();
  });
  it('is undefined once a table covering today is added', () => {
    const next = { ...ds('council-2025'), id: 'added-2026-01-01' as never, period: { from: '2026-01-01', to: '2026-12-31' } };
    expect(newestEnded([...DATASETS, next], '2026-11-20')).toBeUndefined();
  });
});

describe('isoDay', () => {
  it('is the local calendar day', () => {
    expect(isoDay(new Date(2026, 10, 5, 23, 59))).toBe('2026-11-05');
  });
});

describe('tableOnDate', () => {
  it('picks the table in force', () => {
    expect(tableOnDate(DATASETS, '2025-03-01')).toMatchObject({ dataset: { id: 'council-2025' }, inForce: true });
    expect(tableOnDate(DATASETS, '2020-02-01')).toMatchObject({ dataset: { id: 'council-2020' }, inForce: true });
  });
  it('before 1 February 2020 falls back to the nearest EU-28 table, with the United Kingdom', () => {
    expect(tableOnDate(DATASETS, '2020-01-15')).toMatchObject({ dataset: { id: 'council-2016' }, inForce: false });
    expect(tableOnDate(DATASETS, '2014-06-01')).toMatchObject({ dataset: { id: 'council-2016' }, inForce: false });
  });
  it('after the withdrawal falls back to the nearest EU-27 table', () => {
    expect(tableOnDate(DATASETS, '2021-05-01')).toMatchObject({ dataset: { id: 'council-2020' }, inForce: false });
    expect(tableOnDate(DATASETS, '2022-05-01')).toMatchObject({ dataset: { id: 'council-2022' }, inForce: true });
    expect(tableOnDate(DATASETS, '2023-09-01')).toMatchObject({ dataset: { id: 'council-2022' }, inForce: false });
    expect(tableOnDate(DATASETS, '2024-09-01')).toMatchObject({ dataset: { id: 'council-2025' }, inForce: false });
    expect(tableOnDate(DATASETS, '2026-11-20')).toMatchObject({ dataset: { id: 'council-2025' }, inForce: false });
  });
});
