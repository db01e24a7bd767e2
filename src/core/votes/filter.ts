/**
 * Searching the voting record: by words of the title or the procedure code, by date, rule,
 * policy area, configuration, a member's vote, and contested votes only. Built for 1,440 votes
 * filtered on every keystroke: the lower-cased search text is prepared once per record.
 */
import type { CountryCode } from '../rules/countries';
import { isContested, recordedPosition, type RecordedRule, type RecordedVote } from './record';

/** What a member did: one of the recorded lists, or `not_yes` (against or abstaining). */
export const MEMBER_VOTES = ['no', 'abstain', 'not_yes', 'yes', 'absent'] as const;
export type MemberVote = (typeof MEMBER_VOTES)[number];

export interface VoteFilter {
  /** Words of the title, a procedure code (spacing ignored: "2021/0197(COD)") or a vote id. */
  readonly text?: string;
  /** Inclusive, YYYY-MM-DD. */
  readonly from?: string;
  readonly to?: string;
  readonly rule?: RecordedRule;
  /** A policy area: an exact name (any case), else a part of one. */
  readonly area?: string;
  /** A Council configuration: an exact name (any case), else a part of one. */
  readonly configuration?: string;
  readonly member?: CountryCode;
  /** With `member`: what it did (default `not_yes`). */
  readonly memberVote?: MemberVote;
  readonly contested?: boolean;
}

/** Prepared search text of each vote (keep one per record and pass it to every search). */
export interface SearchIndex {
  readonly text: ReadonlyMap<RecordedVote, string>;
  readonly areas: readonly string[];
  readonly configurations: readonly string[];
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** @example const index = searchIndex(VOTE_RECORD.votes) */
export function searchIndex(votes: readonly RecordedVote[]): SearchIndex {
  const text = new Map<RecordedVote, string>();
  const areas = new Set<string>();
  const configurations = new Set<string>();
  for (const v of votes) {
    text.set(v, `${v.id}\n${(v.title ?? '').toLowerCase()}\n${squash(v.procedure ?? '')}`);
    if (v.area) areas.add(v.area);
    if (v.configuration) configurations.add(v.configuration);
  }
  return { text, areas: [...areas], configurations: [...configurations] };
}

/** An exact name (any case) matches only itself; otherwise any name containing the words. */
function nameMatcher(
  query: string | undefined,
  names: readonly string[],
): ((name: string | null) => boolean) | undefined {
  const q = query?.trim().toLowerCase();
  if (!q) return undefined;
  if (names.some((n) => n.toLowerCase() === q)) return (name) => name?.toLowerCase() === q;
  return (name) => name !== null && name.toLowerCase().includes(q);
}

function memberMatches(v: RecordedVote, member: CountryCode, wanted: MemberVote): boolean {
  const p = recordedPosition(v, member);
  return wanted === 'not_yes' ? p === 'no' || p === 'abstain' : p === wanted;
}

/**
 * The votes matching every criterion given, in the order given.
 * @example filterVotes(votes, { member: 'PL', memberVote: 'no', from: '2023-01-01' }, index)
 */
export function filterVotes(
  votes: readonly RecordedVote[],
  filter: VoteFilter,
  index: SearchIndex = searchIndex(votes),
): RecordedVote[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const code = squash(filter.text ?? '');
  const area = nameMatcher(filter.area, index.areas);
  const configuration = nameMatcher(filter.configuration, index.configurations);
  const { from, to, rule, member, contested } = filter;
  const memberVote = filter.memberVote ?? 'not_yes';
  return votes.filter((v) => {
    if (from && v.date < from) return false;
    if (to && v.date > to) return false;
    if (rule && v.rule !== rule) return false;
    if (area && !area(v.area)) return false;
    if (configuration && !configuration(v.configuration)) return false;
    if (contested && !isContested(v)) return false;
    if (member && !memberMatches(v, member, memberVote)) return false;
    if (words.length > 0) {
      const text = index.text.get(v) ?? '';
      if (!words.every((w) => text.includes(w)) && !text.includes(code)) return false;
    }
    return true;
  });
}
