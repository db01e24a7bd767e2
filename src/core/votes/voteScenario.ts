/**
 * A recorded vote opened as a scenario: the members of its date, the rule of its date, the
 * population figures of its date (the table in force among those the user has, shipped or added,
 * else the nearest), and what the record says each member did.
 */
import { DATASETS } from '../data/datasets';
import { tableOnDate } from '../data/period';
import type { Dataset } from '../data/dataset';
import { protocolIndex, type CodeKey, type CountryCode, type KnownCode } from '../rules/countries';
import type { Position, RuleId } from '../rules/vote';
import { NAME_MAX, outcomeOf, type Scenario } from '../scenario/scenario';
import { nonMemberNote } from '../scenario/voteDate';
import type { Outcome } from '../rules/outcome';
import { ok, type Result } from '../result';
import { membershipOn, type Membership } from '../data/membership';
import { rulesOfDate } from '../rules/ruleOfDate';
import { recordedPosition, TITLE_MAX, type RecordedPosition, type RecordedVote } from './record';

const RECORDED_WORDS: Readonly<Record<RecordedPosition, string>> = {
  yes: 'in favour',
  no: 'against',
  abstain: 'abstaining',
  absent: 'not participating',
};

export { DOUBLE_MAJORITY_FROM, NICE_ON_REQUEST_UNTIL } from '../rules/ruleOfDate';

export interface VoteScenario {
  readonly vote: RecordedVote;
  readonly membership: Membership;
  readonly dataset: Dataset;
  /** Whether the dataset's period covers the vote's date. */
  readonly inForce: boolean;
  /** Days between the vote and the nearest day of the dataset's period (0 when in force). */
  readonly daysAway: number;
  /**
   * The rule of the date first; during 1 Nov 2014 – 31 Mar 2017 a QMV vote also gets the Nice
   * rule, which any member could ask for (the record does not say whether one did).
   */
  readonly rules: readonly RuleId[];
  /** Members of the dataset who were not members of the Council on the date: not participating. */
  readonly nonMembers: readonly CountryCode[];
  /** Members on the date whom no list names: taken as not participating. */
  readonly notListed: readonly CountryCode[];
  /** Codes a list names though they were not members on the date: left out. */
  readonly listedNonMembers: readonly CountryCode[];
  /** The scenario under the rule of the date (the first of `rules`). */
  readonly scenario: Scenario;
}

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

function distance(date: string, d: Dataset): number {
  if (date < d.period.from) return days(date, d.period.from);
  if (date > d.period.to) return days(d.period.to, date);
  return 0;
}

/**
 * The Council figures of the date among `datasets` (the shipped tables and those the user added):
 * the table in force that day, else the nearest with the Union's members of the date — the same
 * table the date of the vote gives (tableOnDate, figuresOfDate), so the line beside the verdict
 * agrees with the vote's own note. It must hold every member of the date; if it does not, the
 * nearest table that does: those with exactly these members first, otherwise (EU-27 before
 * Croatia) the nearest larger Council, whose extra members then do not take part.
 * @example datasetFor('2023-03-28', membershipOn('2023-03-28')!).id // 'council-2025'
 * @example datasetFor('2024-06-17', membershipOn('2024-06-17')!, datasetsWith([added2024])).id // 'added-2024-01-01'
 */
export function datasetFor(date: string, membership: Membership, datasets: readonly Dataset[] = DATASETS): Dataset | undefined {
  const covers = (d: Dataset) => membership.members.every((c) => d.members.some((m) => m.code === c));
  const ofDate = tableOnDate(datasets, date)?.dataset;
  if (ofDate && covers(ofDate)) return ofDate;
  const council = datasets.filter((d) => d.role === 'council');
  const exact = council.filter((d) => covers(d) && d.members.length === membership.members.length);
  const pool = exact.length > 0 ? exact : council.filter(covers);
  return [...pool].sort((a, b) => distance(date, a) - distance(date, b) || (a.period.from < b.period.from ? 1 : -1))[0];
}

/** The rules that could apply to a recorded vote on its date, the rule of the date first. */
export function rulesOn(vote: RecordedVote): RuleId[] {
  return rulesOfDate(vote.rule, vote.date);
}

/** The record's title of the documents, marked "…" where the record cut it; null where it gives none. */
export function recordTitle(vote: RecordedVote): string | null {
  if (!vote.title) return null;
  const t = vote.title.replace(/[\s,]+$/, '');
  return vote.title.length >= TITLE_MAX ? `${t}…` : t;
}

/** The vote's documents' title, else its procedure, else its id; short enough for a scenario name. */
export function voteTitle(vote: RecordedVote, max = 140): string {
  const text = recordTitle(vote) ?? (vote.procedure ? `Procedure ${vote.procedure}` : `Vote ${vote.id}`);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Which figures a vote opened as a scenario rests on, in a sentence or two (for its note). */
export function describeDataset(vs: Omit<VoteScenario, 'scenario'>): string {
  const { dataset, inForce, daysAway, membership, vote } = vs;
  const base = inForce
    ? `Population figures: ${dataset.label}, in force on ${vote.date}.`
    : `Population figures: ${dataset.label}, the nearest the app has (${daysAway < 61 ? `${daysAway} days` : `${Math.round(daysAway / 30.44)} months`} from ${vote.date}); not the figures in force that day.`;
  const restricted = vs.nonMembers.length
    ? ` ${membership.label}: ${vs.nonMembers.join(', ')} was not yet a member and is shown as not participating; the members' weighted votes are exact, their populations only approximate.`
    : '';
  return base + restricted;
}

/**
 * Opens a recorded vote as a scenario on the figures of its date among `datasets` (by default the
 * shipped tables; the app and the command line pass the added ones too): in force that day, else
 * the nearest, and the note says which. Returns undefined only for a date before 2007 (no
 * membership table; the record has none).
 * @example voteScenario(findVote('4818')!)!.scenario.positions.PL // 'no'
 * @example voteScenario(vote, datasetsWith(added)).dataset // the table in force on the vote's date, if added
 */
export function voteScenario(vote: RecordedVote, datasets: readonly Dataset[] = DATASETS): VoteScenario | undefined {
  const membership = membershipOn(vote.date);
  if (!membership) return undefined;
  const dataset = datasetFor(vote.date, membership, datasets);
  if (!dataset) return undefined;
  const isMember = (c: string) => membership.members.includes(c as KnownCode);
  const positions: Partial<Record<CodeKey, Position>> = {};
  const memberNotes: Partial<Record<CodeKey, string>> = {};
  const nonMembers: CountryCode[] = [];
  const notListed: CountryCode[] = [];
  for (const { code } of dataset.members) {
    const recorded = recordedPosition(vote, code);
    if (!isMember(code)) {
      nonMembers.push(code);
      positions[code] = 'absent';
      memberNotes[code] = recorded
        ? `Not a member of the Council on ${vote.date}, though the record lists it as ${RECORDED_WORDS[recorded]}: left out.`
        : nonMemberNote(vote.date);
    } else if (!recorded) {
      notListed.push(code);
      positions[code] = 'absent';
      memberNotes[code] = 'Not named in the record: taken as not participating.';
    } else positions[code] = recorded;
  }
  const byProtocol = (a: CountryCode, b: CountryCode) => protocolIndex(a) - protocolIndex(b);
  nonMembers.sort(byProtocol);
  notListed.sort(byProtocol);
  const listed = [...vote.lists.yes, ...vote.lists.no, ...vote.lists.abstain, ...vote.lists.absent];
  const listedNonMembers = listed.filter((c) => !isMember(c));
  const daysAway = distance(vote.date, dataset);
  const rules = rulesOn(vote);
  const head = {
    vote,
    membership,
    dataset,
    inForce: daysAway === 0,
    daysAway,
    rules,
    nonMembers,
    notListed,
    listedNonMembers,
  };
  const note = [
    `Council vote ${vote.id} of ${vote.date}${vote.procedure ? `, procedure ${vote.procedure}` : ''}: ${recordTitle(vote) ?? 'no title in the record.'}`,
    `Recorded outcome: adopted (the record holds the Council's published results of votes on acts it adopted).`,
    describeDataset(head),
    rules.length > 1
      ? 'From 1 November 2014 to 31 March 2017 any member could ask for the Nice weighted votes instead; the record does not say whether one did.'
      : '',
    'Source: Council of the EU public voting data, extract by SWP, doi:10.7802/2560 (CC BY 4.0).',
  ].filter(Boolean);
  const name = `${vote.date}: ${voteTitle(vote)}`.slice(0, NAME_MAX);
  const scenario: Scenario = {
    datasetId: dataset.id,
    rule: rules[0]!,
    positions,
    name,
    note: note.join('\n\n'),
    date: vote.date,
    // Each note is about the member's recorded position, and written for it.
    ...(Object.keys(memberNotes).length
      ? { memberNotes: Object.fromEntries(Object.entries(memberNotes).flatMap(([code, text]) => (text ? [[code, { text, position: positions[code as CodeKey] ?? 'undecided' }]] : []))) as Scenario['memberNotes'] }
      : {}),
  };
  return { ...head, scenario };
}

/**
 * The verdict under each rule of the date, in the order of `rules`, on the vote's own dataset
 * (found even when only the caller knows it, as an added table passed to {@link voteScenario}).
 * @example evaluateVote(voteScenario(findVote('4818')!)!) // ok([{ rule: 'qmv', outcome: { verdict: 'adopted', … } }])
 */
export function evaluateVote(vs: VoteScenario): Result<{ rule: RuleId; outcome: Outcome }[]> {
  const out: { rule: RuleId; outcome: Outcome }[] = [];
  for (const rule of vs.rules) {
    const o = outcomeOf({ ...vs.scenario, rule }, [vs.dataset]);
    if (!o.ok) return o;
    out.push({ rule, outcome: o.value });
  }
  return ok(out);
}
