/**
 * The date of the vote. Each December a Council decision replaces Annex III of the Council's
 * Rules of Procedure (Art. 11(6)) with the next year's figures, and the members change with
 * accessions and withdrawals: a vote's figures are the table in force on its date, with the
 * members of that date. When the app has no table for the date, the nearest one is used, and
 * every surface says so ({@link figuresStatus}).
 */
import type { Dataset } from '../data/dataset';
import { membershipOn, type Membership } from '../data/membership';
import { periodStatus, tableOnDate } from '../data/period';
import { countryName, type CodeKey, type CountryCode } from '../rules/countries';
import type { Position } from '../rules/vote';
import { ruleFollowingDate } from '../rules/ruleOfDate';
import { assertNever } from '../result';
import { longDate } from './longDate';
import { NOTE_MAX, type MemberNote, type Scenario } from './scenario';

export interface FiguresOfDate {
  readonly date: string;
  /** The table in force on the date, else the nearest one with the Union's members of the date. */
  readonly table: Dataset;
  readonly inForce: boolean;
  /** The Council's members on the date (undefined only before 2007). */
  readonly membership: Membership | undefined;
}

/**
 * The figures for a vote on `date` among `datasets`: the table in force, else the nearest (see
 * tableOnDate), and the membership of the date. Undefined only when there is no Council table.
 * @example figuresOfDate('2019-06-01', DATASETS) // { table: council-2016, inForce: false, membership: eu28 }
 */
export function figuresOfDate(date: string, datasets: readonly Dataset[]): FiguresOfDate | undefined {
  const found = tableOnDate(datasets, date);
  return found && { date, table: found.dataset, inForce: found.inForce, membership: membershipOn(date) };
}

/**
 * Members of `dataset` who were not members of the Council on `date`: Croatia before 1 July 2013
 * on an EU-28 table, the United Kingdom after 31 January 2020 on one. In the dataset's order.
 * @example nonMembersOn(council2016, '2013-06-30') // ['HR']
 */
export function nonMembersOn(dataset: Dataset, date: string): CountryCode[] {
  const m = membershipOn(date);
  return m ? dataset.members.map((x) => x.code).filter((c) => !(m.members as readonly string[]).includes(c)) : [];
}

/** The note on a member that was not in the Council on the date (as on a recorded vote). */
export const nonMemberNote = (date: string): string => `Not a member of the Council on ${date}.`;

/**
 * The scenario on `dataset` for a vote on `date` (undefined: no date set). Every member keeps
 * its position and note where it is in the dataset; a member new to it is undecided. With
 * `membersOfDate` (a date chosen), a member not in the Council on the date does not participate,
 * with a note saying so, and one that was left out only for the old date comes back undecided;
 * without it (a table chosen by hand) positions stay as they are and the status names any
 * non-member. A note on a member the dataset lacks is kept in the scenario's note, never
 * dropped. Name, note and rule are kept.
 * @example onDataset(s, council2016, '2012-05-01').positions.HR // 'absent'
 */
export function onDataset(s: Scenario, dataset: Dataset, date: string | undefined, membersOfDate = true): Scenario {
  const outside = new Set<string>(date === undefined || !membersOfDate ? [] : nonMembersOn(dataset, date));
  // A note the app wrote for the old date, now out of date.
  const stale = (code: string) => s.date !== undefined && s.date !== date && s.memberNotes?.[code as CodeKey]?.text === nonMemberNote(s.date);
  // Left out only by the old date though the user's note was kept: back to the position the note was written for.
  const oldOutside = new Set<string>(s.date !== undefined && s.date !== date && membersOfDate ? nonMembersOn(dataset, s.date) : []);
  const restored = (code: CodeKey): Position | undefined => {
    const note = s.memberNotes?.[code];
    return oldOutside.has(code) && !outside.has(code) && s.positions[code] === 'absent' && note && note.position !== 'absent' ? note.position : undefined;
  };
  const positions: Partial<Record<CodeKey, Position>> = {};
  const memberNotes: Partial<Record<CodeKey, MemberNote>> = {};
  for (const { code } of dataset.members) {
    const note = s.memberNotes?.[code];
    if (outside.has(code)) {
      positions[code] = 'absent';
      // The user's own note stays; the app's is written for the new date.
      memberNotes[code] = note && !stale(code) ? note : { text: nonMemberNote(date!), position: 'absent' };
    } else if (stale(code)) {
      positions[code] = 'undecided';
    } else if (restored(code)) {
      positions[code] = restored(code)!;
      memberNotes[code] = note!;
    } else {
      positions[code] = s.positions[code] ?? 'undecided';
      if (note) memberNotes[code] = note;
    }
  }
  const members = new Set<string>(dataset.members.map((m) => m.code));
  const autoNote = (text: string) => s.date !== undefined && text === nonMemberNote(s.date);
  const orphaned = Object.entries(s.memberNotes ?? {}).filter(([code, n]) => !members.has(code) && n && n.text && !autoNote(n.text));
  const moved = orphaned.map(([code, n]) => `Note on ${countryName(code as CountryCode)} (not among the members of ${dataset.label}): ${n!.text}`);
  const note = [s.note, ...moved].filter(Boolean).join('\n\n').slice(0, NOTE_MAX);
  const { date: _old, memberNotes: _notes, note: _note, ...rest } = s;
  return {
    ...rest,
    datasetId: dataset.id,
    positions,
    ...(note ? { note } : {}),
    ...(Object.keys(memberNotes).length ? { memberNotes } : {}),
    ...(date === undefined ? {} : { date }),
  };
}

/**
 * The scenario dated `date`, on the table of that date (in force, else the nearest): positions
 * mapped onto its members as {@link onDataset} does, and the rule of that date where the rule was
 * the old date's (a qualified majority before November 2014 is the Nice rule); a rule chosen by
 * hand against the old date stays ({@link ruleFollowingDate}). Without any Council table, only
 * the date and the rule change.
 * @example datedScenario(s, '2019-06-01', DATASETS).datasetId // 'council-2016'
 * @example datedScenario({ ...s, rule: 'qmv' }, '2012-05-01', DATASETS).rule // 'nice'
 */
export function datedScenario(s: Scenario, date: string, datasets: readonly Dataset[]): Scenario {
  const rule = ruleFollowingDate(s.rule, s.date, date);
  const f = figuresOfDate(date, datasets);
  if (!f) return { ...s, rule, date };
  return { ...onDataset(s, f.table, date), rule };
}

/**
 * Which figures a verdict rests on, against the date of the vote:
 * `undated` no date set; `inForce` the dataset is the table in force on the date; `nearest` the
 * app has none in force, and the dataset is the nearest; `other` the user chose another table
 * than the date's (`expected`, in force or nearest). `nonMembers`: members of the dataset not
 * in the Council on the date; `counted`: those of them with a position other than not participating.
 */
export type FiguresStatus =
  | { readonly kind: 'undated'; readonly dataset: Dataset }
  | (Dated & { readonly kind: 'inForce' })
  | (Dated & { readonly kind: 'nearest' })
  | (Dated & { readonly kind: 'other'; readonly expected: Dataset; readonly expectedInForce: boolean });

interface Dated {
  readonly date: string;
  readonly dataset: Dataset;
  readonly nonMembers: readonly CountryCode[];
  readonly counted: readonly CountryCode[];
}

/**
 * The status of a scenario's figures against its date, from the same dataset the verdict is
 * computed on. Undefined when the scenario's dataset is not among `datasets`.
 * @example figuresStatus({ ...s, datasetId: 'council-2025', date: '2025-11-05' }, DATASETS)?.kind // 'inForce'
 */
export function figuresStatus(s: Pick<Scenario, 'datasetId' | 'positions' | 'date'>, datasets: readonly Dataset[]): FiguresStatus | undefined {
  const dataset = datasets.find((d) => d.id === s.datasetId);
  if (!dataset) return undefined;
  const date = s.date;
  if (date === undefined) return { kind: 'undated', dataset };
  const nonMembers = nonMembersOn(dataset, date);
  const counted = nonMembers.filter((c) => (s.positions[c] ?? 'undecided') !== 'absent');
  const base = { date, dataset, nonMembers, counted };
  if (periodStatus(dataset, date) === 'in-force') return { kind: 'inForce', ...base };
  const f = figuresOfDate(date, datasets);
  if (!f || f.table.id === dataset.id) return { kind: 'nearest', ...base };
  return { kind: 'other', ...base, expected: f.table, expectedInForce: f.inForce };
}

function headText(st: Exclude<FiguresStatus, { kind: 'undated' }>, day: string, period: string): string {
  const d = st.dataset;
  switch (st.kind) {
    case 'inForce':
      return `Figures in force on ${day}: ${d.label}.`;
    case 'nearest':
      return `No figures for ${day} in the app: using ${d.label} (${period}), the nearest.`;
    case 'other':
      return st.expectedInForce
        ? `${d.label} is not the table in force on ${day} (${st.expected.label} is).`
        : `${d.label} is not the table for ${day}: the app has none in force that day; the nearest is ${st.expected.label}.`;
    default:
      return assertNever(st);
  }
}

const names = (codes: readonly CountryCode[]) => {
  // As the subject of a sentence: "The United Kingdom was not a member…".
  const xs = codes.map((c, i) => (c === 'UK' ? `${i === 0 ? 'The' : 'the'} United Kingdom` : c === 'NL' ? `${i === 0 ? 'The' : 'the'} Netherlands` : countryName(c)));
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
};

/**
 * The status in English, for the exports and the command line (the app renders the same facts
 * in its languages, src/i18n/dateFigures.ts).
 * @example figuresStatusText(figuresStatus({ ...s, date: '2025-11-05' }, DATASETS)!) // "Figures in force on 5 November 2025: Council 2025 (…)."
 */
export function figuresStatusText(st: FiguresStatus): string {
  const d = st.dataset;
  const period = `applied ${longDate(d.period.from, 'en')} to ${longDate(d.period.to, 'en')}`;
  if (st.kind === 'undated') return `No date of the vote set: the figures are ${d.label} (${period}).`;
  const day = longDate(st.date, 'en');
  const head = headText(st, day, period);
  if (st.nonMembers.length === 0) return head;
  const verb = st.nonMembers.length === 1 ? 'was' : 'were';
  const tail = st.counted.length === 0 ? ': not participating.' : `; counted all the same: ${names(st.counted)}.`;
  return `${head} ${names(st.nonMembers)} ${verb} not a member of the Council on ${day}${tail}`;
}
