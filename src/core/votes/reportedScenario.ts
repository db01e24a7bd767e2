/**
 * A vote reported in the press, opened as a scenario through the same logic as a recorded vote
 * (voteScenario.ts: the members, rule and figures of its date). Positions are only those
 * reported: a member not named as against, abstaining or not participating is in favour only when
 * the reported number in favour confirms it; otherwise it is left undecided.
 */
import type { CodeKey, CountryCode, KnownCode } from '../rules/countries';
import type { Dataset } from '../data/dataset';
import type { Position } from '../rules/vote';
import type { Verdict } from '../rules/outcome';
import { NAME_MAX, type MemberNote, type Scenario } from '../scenario/scenario';
import { filterVotes, type SearchIndex, type VoteFilter } from './filter';
import { membershipOn } from '../data/membership';
import type { PublishedShare } from './publishedShares';
import type { RecordedVote } from './record';
import type { ReportedVote } from './reported';
import { describeDataset, voteScenario, type VoteScenario } from './voteScenario';

export interface ReportedPositions {
  /** Members in favour: those not named, when their number is the number reported in favour. */
  readonly inFavour: readonly CountryCode[];
  /** Members not named whose vote the reported count does not settle. */
  readonly undecided: readonly CountryCode[];
  /** Whether members − against − abstaining − not participating equals the number reported in favour. */
  readonly confirmed: boolean;
}

/**
 * Who was in favour, as far as the reports allow.
 * @example reportedPositions(findReported('2026-01-09-eu-mercosur')!).confirmed // true: 27 − 5 − 1 = 21
 */
export function reportedPositions(v: ReportedVote): ReportedPositions {
  const named = new Set<string>([...v.against, ...v.abstained, ...v.notParticipating]);
  const members = membershipOn(v.date)?.members ?? [];
  const unnamed = members.filter((c) => !named.has(c)) as readonly KnownCode[] as readonly CountryCode[];
  const confirmed = unnamed.length === v.reportedInFavour;
  return confirmed ? { inFavour: unnamed, undecided: [], confirmed } : { inFavour: [], undecided: unnamed, confirmed };
}

const views = new WeakMap<ReportedVote, RecordedVote>();

/**
 * The reported vote in the shape of a recorded one (members in favour only where confirmed), for
 * search, filters and the scenario logic shared with the record. Never mixed into the record.
 * @example asRecordedVote(findReported('2026-01-26-russian-gas')!).lists.yes.length // 24
 */
export function asRecordedVote(v: ReportedVote): RecordedVote {
  let view = views.get(v);
  if (!view) {
    view = {
      id: v.id,
      date: v.date,
      rule: v.rule,
      area: v.area,
      configuration: v.configuration,
      procedure: null,
      title: v.title,
      lists: { yes: reportedPositions(v).inFavour, no: v.against, abstain: v.abstained, absent: v.notParticipating },
    };
    views.set(v, view);
  }
  return view;
}

/**
 * Search text of each reported vote: id, title, details, stage and sources.
 * @example filterVotes(votes.map(asRecordedVote), { text: 'written procedure' }, reportedIndex(votes))
 */
export function reportedIndex(votes: readonly ReportedVote[]): SearchIndex {
  const text = new Map<RecordedVote, string>();
  for (const v of votes) {
    const words = [v.id, v.title, v.details ?? '', v.stage.replace('_', ' '), ...v.sources.map((s) => s.label)];
    text.set(asRecordedVote(v), words.join('\n').toLowerCase());
  }
  const names = (k: 'area' | 'configuration') => [...new Set(votes.flatMap((v) => (v[k] ? [v[k]] : [])))];
  return { text, areas: names('area'), configurations: names('configuration') };
}

/**
 * The reported votes matching every criterion of a record filter, in the order given.
 * @example filterReported(reportedVotes().votes, { text: 'Mercosur' })[0].id // '2026-01-09-eu-mercosur'
 */
export function filterReported(
  votes: readonly ReportedVote[],
  filter: VoteFilter,
  index: SearchIndex = reportedIndex(votes),
): ReportedVote[] {
  const byView = new Map(votes.map((v) => [asRecordedVote(v), v]));
  return filterVotes([...byView.keys()], filter, index).map((view) => byView.get(view)!);
}

export interface ReportedScenario extends VoteScenario {
  readonly reported: ReportedVote;
  readonly positions: ReportedPositions;
}

const STAGE_WORDS = { adoption: 'adopted', general_approach: 'agreed (general approach)' } as const;

/**
 * The reported outcome in words, with the number in favour.
 * @example reportedOutcomeText(findReported('2025-11-05-climate-law-2040')!) // 'agreed (general approach), 21 in favour'
 */
export function reportedOutcomeText(v: ReportedVote): string {
  const word = v.outcome === 'adopted' ? STAGE_WORDS[v.stage] : 'no qualified majority';
  return `${word}, ${v.reportedInFavour} in favour`;
}

/**
 * The sources in one line, each with what it gives.
 * @example sourcesText(mercosur) // 'Sky TG24 (Italian): "[Mercosur–EU agreement: what it provides]", 2026-01-09 (https://tg24.sky.it/mondo/…): positions and outcome; …'
 */
export function sourcesText(v: ReportedVote): string {
  return v.sources
    .map((s) => `${s.label}${s.via ? `, reporting ${s.via}` : ''}: "${s.title}"${s.published ? `, ${s.published}` : ''} (${s.url}): ${s.supports}`)
    .join('; ');
}

/**
 * Opens a reported vote as a scenario: members, rule and figures of its date among `datasets`
 * (shipped, and any the user added) as for a recorded vote, positions as reported, undecided
 * where the reports do not settle them.
 * @example reportedScenario(findReported('2025-11-05-climate-law-2040')!)!.dataset.id // 'council-2025'
 * @example reportedScenario(findReported('2024-06-17-nature-restoration')!, datasetsWith([added2024]))!.inForce // true
 */
export function reportedScenario(v: ReportedVote, datasets?: readonly Dataset[]): ReportedScenario | undefined {
  const vs = voteScenario(asRecordedVote(v), datasets);
  if (!vs) return undefined;
  const { scenario: base, ...head } = vs;
  const positions = reportedPositions(v);
  const undecided = new Set<string>(positions.undecided);
  const scenarioPositions: Partial<Record<CodeKey, Position>> = { ...base.positions };
  const memberNotes: Partial<Record<CodeKey, MemberNote>> = { ...base.memberNotes };
  for (const code of positions.undecided) {
    scenarioPositions[code] = 'undecided';
    memberNotes[code] = {
      text: 'Not named in the reports, and the number reported in favour does not settle its vote: undecided.',
      position: 'undecided',
    };
  }
  const named = (word: string, codes: readonly string[]) => (codes.length ? `${word} ${codes.join(', ')}` : '');
  const lists = [
    named('against', v.against),
    named('abstaining', v.abstained),
    named('not participating', v.notParticipating),
  ].filter(Boolean);
  const others = positions.confirmed
    ? `the others in favour, as the reported number confirms (${v.reportedInFavour})`
    : `the others undecided: the reported number in favour (${v.reportedInFavour}) does not settle who`;
  const note = [
    `Reported in the press, not part of the Council's published voting record: ${v.title} (${v.date}).${v.details ? ` ${v.details}` : ''}`,
    `Reported outcome: ${reportedOutcomeText(v)}. Positions as reported: ${[...lists, others].join('; ')}.`,
    describeDataset(head),
    `Confidence: ${v.confidence}. Sources: ${sourcesText(v)}.`,
  ];
  const scenario: Scenario = {
    ...base,
    positions: scenarioPositions,
    name: `${v.date}: ${v.title}`.slice(0, NAME_MAX),
    note: note.join('\n\n'),
    ...(Object.keys(memberNotes).length ? { memberNotes } : {}),
  };
  return { ...head, notListed: head.notListed.filter((c) => !undecided.has(c)), scenario, reported: v, positions };
}

/**
 * The reported outcome as a verdict, to set beside ours (a general approach agreed counts as adopted).
 * @example reportedVerdict(findReported('2026-01-09-eu-mercosur')!) // 'adopted'
 */
export function reportedVerdict(v: ReportedVote): Verdict {
  return v.outcome;
}

/**
 * The published share in the shape the share table takes, if one was published.
 * @example reportedPublishedShare(findReported('2024-06-17-nature-restoration')!)?.inFavour // 6607
 */
export function reportedPublishedShare(v: ReportedVote): PublishedShare | undefined {
  const p = v.publishedShare;
  return p
    ? { voteId: v.id, inFavour: p.inFavour, table: p.table, source: { label: p.source.label, url: p.source.url } }
    : undefined;
}
