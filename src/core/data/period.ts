/**
 * Which table applies when. Each December a Council decision replaces Annex III of the Council's
 * Rules of Procedure (Art. 11(6)) with the figures for the next 1 January to 31 December, so a
 * table's period ends and the next one must be added.
 */
import type { Dataset } from './dataset';

/** `before`: the period has not begun; `in-force`: today is inside it; `ended`: it is over. */
export type PeriodStatus = 'before' | 'in-force' | 'ended';

/** The United Kingdom left the Union at the end of 31 January 2020 (Withdrawal Agreement, Art. 185). */
export const UK_LEFT = '2020-02-01';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * A real calendar day written YYYY-MM-DD: 2024-02-29 is one, 2024-02-30 and "tomorrow" are not.
 * @example isCalendarDay('2023-02-29') // false
 */
export function isCalendarDay(x: unknown): x is string {
  if (typeof x !== 'string' || !isDate(x)) return false;
  const d = new Date(`${x}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === x;
}

/**
 * Where `today` (YYYY-MM-DD, the user's calendar day) stands against a table's period.
 * @example periodStatus(council2025, '2026-11-20') // 'ended'
 */
export function periodStatus(dataset: Pick<Dataset, 'period'>, today: string): PeriodStatus {
  if (!isDate(today)) throw new Error(`periodStatus: ${JSON.stringify(today)} is not YYYY-MM-DD`);
  if (today < dataset.period.from) return 'before';
  return today > dataset.period.to ? 'ended' : 'in-force';
}

/** The earliest date of a vote: the Union of 27 (Bulgaria and Romania joined on 1 January 2007); no record is older. */
export const VOTE_DATE_MIN = '2007-01-01';
/** The latest date of a vote the app accepts: far enough for planning, near enough to catch a typing slip. */
export const VOTE_DATE_MAX = '2100-12-31';

/**
 * What is wrong with a date of a vote, in a sentence; undefined when it is a calendar day from
 * {@link VOTE_DATE_MIN} to {@link VOTE_DATE_MAX}.
 * @example voteDateProblem('2024-02-30') // "The date of the vote "2024-02-30" is not a calendar day (YYYY-MM-DD)."
 */
export function voteDateProblem(x: unknown): string | undefined {
  const shown = typeof x === 'string' ? `"${x.slice(0, 40)}${x.length > 40 ? '…' : ''}"` : typeof x;
  if (!isCalendarDay(x)) return `The date of the vote ${shown} is not a calendar day (YYYY-MM-DD).`;
  if (x < VOTE_DATE_MIN) return `The date of the vote ${shown} is before ${VOTE_DATE_MIN}: the app knows the Council from then on.`;
  if (x > VOTE_DATE_MAX) return `The date of the vote ${shown} is after ${VOTE_DATE_MAX}.`;
  return undefined;
}

/** The calendar day of `now` in the local time zone, as YYYY-MM-DD. */
export function isoDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The newest Council table when no table covers `today` and the newest one has ended: the
 * figures in use are then out of date and the current ones should be added. Undefined while a
 * table is in force (or none has started yet).
 * @example newestEnded(DATASETS, '2026-11-20') // council-2025
 */
export function newestEnded(datasets: readonly Dataset[], today: string): Dataset | undefined {
  const councils = datasets.filter((d) => d.role === 'council');
  if (councils.some((d) => periodStatus(d, today) === 'in-force')) return undefined;
  const newest = councils.reduce<Dataset | undefined>((a, d) => (!a || d.period.to > a.period.to ? d : a), undefined);
  return newest && periodStatus(newest, today) === 'ended' ? newest : undefined;
}

export interface TableOnDate {
  readonly dataset: Dataset;
  /** True when the date is inside the table's period; else it is the nearest table with the Union's membership on that date. */
  readonly inForce: boolean;
}

/** Days between two ISO dates, as a sortable distance. */
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

function distance(d: Dataset, date: string): number {
  if (date < d.period.from) return dayNumber(d.period.from) - dayNumber(date);
  return date > d.period.to ? dayNumber(date) - dayNumber(d.period.to) : 0;
}

/**
 * The Council table in force on `date`; when none is, the nearest one whose members are the
 * Union's on that date (EU-28 with the United Kingdom before 1 February 2020, EU-27 after),
 * else the nearest of all. Undefined only when there is no Council table.
 * @example tableOnDate(DATASETS, '2019-06-01') // { dataset: council-2016, inForce: false }
 */
export function tableOnDate(datasets: readonly Dataset[], date: string): TableOnDate | undefined {
  if (!isDate(date)) throw new Error(`tableOnDate: ${JSON.stringify(date)} is not YYYY-MM-DD`);
  const councils = datasets.filter((d) => d.role === 'council');
  const inForce = councils.find((d) => periodStatus(d, date) === 'in-force');
  if (inForce) return { dataset: inForce, inForce: true };
  const withUk = date < UK_LEFT;
  const sameMembers = councils.filter((d) => d.members.some((m) => m.code === 'UK') === withUk);
  const pool = sameMembers.length > 0 ? sameMembers : councils;
  const nearest = [...pool].sort((a, b) => distance(a, date) - distance(b, date) || (b.period.to < a.period.to ? -1 : 1))[0];
  return nearest && { dataset: nearest, inForce: false };
}
