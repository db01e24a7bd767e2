/**
 * Population datasets: validated at load, with provenance, and turned into voters.
 * Annex III of the Council's Rules of Procedure (Art. 11(6)) gives the figures for each year.
 */
import { NICE_WEIGHTS, parseCountryCode, type CountryCode, type KnownCode } from '../rules/countries';
import { err, ok, type AppError, type Result } from '../result';
import { count, quote } from '../format';
import { MAX_MEMBER_POPULATION, parsePersons } from '../population';
import type { Voter } from '../rules/vote';

declare const datasetIdBrand: unique symbol;
export type DatasetId = string & { readonly [datasetIdBrand]: true };

export const CONFIDENCES = ['high', 'medium-high', 'medium', 'low-medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Provenance {
  readonly source: string;
  readonly address: string;
  readonly confidence: Confidence;
  readonly note: string;
}

export interface DatasetMember {
  readonly code: CountryCode;
  /** Persons: exact, or the point estimate apportioned from a rounded percentage. */
  readonly population: number;
  readonly low: number;
  readonly high: number;
  /** The published share in hundredths of a percentage point (18.49 % -> 1849), where that is what is known. */
  readonly shareBasisPoints?: number;
  readonly note?: string;
}

export interface Dataset {
  readonly id: DatasetId;
  readonly label: string;
  /** `council`: a Council of its own; `candidates`: members to add for enlargement what-ifs. */
  readonly role: 'council' | 'candidates';
  readonly period: { readonly from: string; readonly to: string };
  /** `percentages`: only rounded shares are known, so every figure carries a range. */
  readonly figures: 'persons' | 'percentages';
  readonly total: number;
  readonly members: readonly DatasetMember[];
  readonly provenance: Provenance;
  readonly outdated: boolean;
  readonly editable: boolean;
}

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDate = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;
const isPersons = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) > 0;

/**
 * A source's address as the app links to it: an https URL with a host name, nothing else
 * (no `javascript:`, `data:` or plain `http:`), so a dataset file cannot carry a script in a link.
 * @example isHttpsAddress('https://eur-lex.europa.eu/eli/dec/2019/2209/oj') // true
 */
export function isHttpsAddress(x: unknown): x is string {
  if (typeof x !== 'string' || x !== x.trim() || /\s/.test(x)) return false;
  try {
    const u = new URL(x);
    return u.protocol === 'https:' && u.hostname.includes('.') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** "18.49" -> 1849; at most two decimals, as Annex III publishes them. */
function parseShare(x: unknown): number | undefined {
  if (typeof x !== 'string' || !/^\d{1,3}(\.\d{1,2})?$/.test(x)) return undefined;
  const [whole, frac = ''] = x.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/**
 * Largest-remainder apportionment of `total` in proportion to the published shares, so the
 * point estimates add up to the exact Union total. When the shares miss 100 % by much (up to
 * half a hundredth per member is allowed), a proportional estimate can fall outside the
 * member's own rounding range; it is then pulled back into [low, high] and the difference is
 * handed to members that still have room, largest share first. Requires sum(low) <= total <= sum(high).
 */
function apportion(total: number, shares: readonly number[], low: readonly number[], high: readonly number[]): number[] {
  const sumShares = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sumShares);
  const base = exact.map(Math.floor);
  let left = total - base.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    base[i]! += 1;
  }
  const points = base.map((p, i) => Math.min(high[i]!, Math.max(low[i]!, p)));
  let diff = total - points.reduce((a, b) => a + b, 0);
  const bySize = shares.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of bySize) {
    if (diff === 0) break;
    const step = diff > 0 ? Math.min(diff, high[i]! - points[i]!) : Math.max(diff, low[i]! - points[i]!);
    points[i]! += step;
    diff -= step;
  }
  return points;
}

function fail(file: string, path: string, problem: string): Result<never> {
  return err({ code: 'dataset.invalid', message: `${file}: ${path} ${problem}.`, path });
}

/**
 * The one gate for dataset files: checks codes, duplicates, figures against the total and the
 * provenance, and names the file and the field at fault.
 * @example parseDataset(JSON.parse(text), 'data/datasets/council-2025.json')
 */
export function parseDataset(raw: unknown, file: string): Result<Dataset> {
  if (!isObject(raw)) return fail(file, 'the file', 'is not a JSON object');
  if (raw.formatVersion !== 1) return fail(file, 'formatVersion', `must be 1 (found ${JSON.stringify(raw.formatVersion)})`);
  if (!isText(raw.id) || !/^[a-z0-9-]+$/.test(raw.id)) return fail(file, 'id', 'must be lower-case letters, digits and dashes');
  if (!isText(raw.label)) return fail(file, 'label', 'is missing');
  if (raw.role !== 'council' && raw.role !== 'candidates') return fail(file, 'role', 'must be "council" or "candidates"');
  const period = raw.period;
  if (!isObject(period) || !isDate(period.from) || !isDate(period.to)) return fail(file, 'period', 'must have from and to dates (YYYY-MM-DD)');
  if (raw.figures !== 'persons' && raw.figures !== 'percentages') return fail(file, 'figures', 'must be "persons" or "percentages"');
  if (!isPersons(raw.total)) return fail(file, 'total', 'must be a positive whole number of persons');
  const prov = raw.provenance;
  if (!isObject(prov)) return fail(file, 'provenance', 'is missing');
  for (const key of ['source', 'address', 'note'] as const) {
    if (!isText(prov[key])) return fail(file, `provenance.${key}`, 'is missing');
  }
  if (!isHttpsAddress(prov.address)) return fail(file, 'provenance.address', `must be an https:// address (found ${quote(String(prov.address))})`);
  if (!(CONFIDENCES as readonly unknown[]).includes(prov.confidence)) {
    return fail(file, 'provenance.confidence', `must be one of ${CONFIDENCES.join(', ')}`);
  }
  if (!Array.isArray(raw.members) || raw.members.length === 0) return fail(file, 'members', 'must be a non-empty list');
  const members = parseMembers(raw.members, raw.figures, raw.total, file);
  if (!members.ok) return members;
  return ok({
    id: raw.id as DatasetId,
    label: raw.label,
    role: raw.role,
    period: { from: period.from, to: period.to },
    figures: raw.figures,
    total: raw.total,
    members: members.value,
    provenance: prov as unknown as Provenance,
    outdated: raw.outdated === true,
    editable: raw.editable === true,
  });
}

function parseMembers(rows: unknown[], figures: 'persons' | 'percentages', total: number, file: string): Result<DatasetMember[]> {
  const codes: CountryCode[] = [];
  const values: number[] = [];
  const notes: (string | undefined)[] = [];
  for (const [i, row] of rows.entries()) {
    const at = `members[${i}]`;
    if (!isObject(row)) return fail(file, at, 'is not an object');
    const code = parseCountryCode(String(row.code ?? ''));
    if (!code.ok) return fail(file, `${at}.code`, `is not a known country code (${JSON.stringify(row.code)})`);
    if (codes.includes(code.value)) return fail(file, `${at}.code`, `repeats ${code.value}`);
    if (figures === 'persons') {
      if (typeof row.population !== 'number') return fail(file, `${at}.population`, 'must be a positive whole number of persons');
      const persons = parsePersons(row.population, `${file}: ${at}.population`);
      if (!persons.ok) return err({ code: 'dataset.invalid', message: persons.error.message, path: `${at}.population` });
    }
    const value = figures === 'persons' ? (row.population as number) : parseShare(row.percentage);
    if (value === undefined) return fail(file, `${at}.percentage`, 'must be a string with at most two decimals, like "18.49"');
    codes.push(code.value);
    values.push(value);
    notes.push(isText(row.note) ? row.note : undefined);
  }
  const sumValues = values.reduce((a, b) => a + b, 0);
  if (figures === 'persons' && sumValues !== total) {
    return fail(file, 'total', `is ${total} but the members add up to ${sumValues}`);
  }
  // Rounded shares may miss 100 % by half a hundredth per member.
  if (figures === 'percentages' && Math.abs(sumValues - 10000) * 2 > rows.length) {
    return fail(file, 'members', `percentages add up to ${(sumValues / 100).toFixed(2)} %, too far from 100 % for rounding`);
  }
  // True share within [v - 0.5, v + 0.5] hundredths of a percent of the total; a member has at least one person.
  const low = figures === 'persons' ? values : values.map((v) => Math.max(1, Math.ceil(((2 * v - 1) * total) / 20000)));
  const high = figures === 'persons' ? values : values.map((v) => Math.floor(((2 * v + 1) * total) / 20000));
  if (low.reduce((a, b) => a + b, 0) > total || high.reduce((a, b) => a + b, 0) < total) {
    return fail(file, 'members', `percentages cannot add up to a total of ${total} persons within their rounding`);
  }
  const over = high.findIndex((h) => h > MAX_MEMBER_POPULATION);
  if (over >= 0) return fail(file, `members[${over}]`, `stands for more than ${count(MAX_MEMBER_POPULATION)} persons, the most one member may have`);
  const points = figures === 'persons' ? values : apportion(total, values, low, high);
  return ok(
    codes.map((code, i) => {
      const base = { code, population: points[i]!, low: low[i]!, high: high[i]!, ...(notes[i] ? { note: notes[i] } : {}) };
      return figures === 'persons' ? base : { ...base, shareBasisPoints: values[i]! };
    }),
  );
}

export type DatasetError = AppError;

/** The voters of a Council dataset, with the Nice weights where the treaty gives them. */
export function votersOf(members: readonly DatasetMember[]): Voter[] {
  return members.map((m) => {
    const weight = NICE_WEIGHTS[m.code as KnownCode];
    return { code: m.code, population: m.population, low: m.low, high: m.high, ...(weight ? { weight } : {}) };
  });
}
