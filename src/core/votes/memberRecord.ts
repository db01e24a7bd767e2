/**
 * One member's voting record: how often it voted against or abstained, by year and by policy
 * area, with the votes behind each count.
 */
import type { CountryCode } from '../rules/countries';
import { recordedPosition, type RecordedVote } from './record';

export interface RecordBucket {
  /** The year ("2023") or the policy area (null: none given in the record). */
  readonly key: string | null;
  /** Votes in which the member took part (in favour, against or abstaining). */
  readonly votes: number;
  readonly against: readonly RecordedVote[];
  readonly abstained: readonly RecordedVote[];
}

export interface MemberRecord {
  readonly code: CountryCode;
  readonly votes: number;
  readonly against: number;
  readonly abstained: number;
  /** Every year with a vote it took part in, oldest first. */
  readonly byYear: readonly RecordBucket[];
  /** Every policy area it voted in, most votes against or abstaining first. */
  readonly byArea: readonly RecordBucket[];
}

interface Mutable {
  votes: number;
  against: RecordedVote[];
  abstained: RecordedVote[];
}

function bucketsBy(
  votes: readonly RecordedVote[],
  code: CountryCode,
  keyOf: (v: RecordedVote) => string | null,
): RecordBucket[] {
  const map = new Map<string | null, Mutable>();
  for (const v of votes) {
    const p = recordedPosition(v, code);
    if (p !== 'yes' && p !== 'no' && p !== 'abstain') continue;
    const key = keyOf(v);
    const b = map.get(key) ?? { votes: 0, against: [], abstained: [] };
    map.set(key, b);
    b.votes++;
    if (p === 'no') b.against.push(v);
    if (p === 'abstain') b.abstained.push(v);
  }
  return [...map].map(([key, b]) => ({ key, ...b }));
}

/**
 * A member's record over the given votes (members not participating are not counted).
 * @example memberRecord(VOTE_RECORD.votes, 'HU').byYear.at(-1) // { key: '2023', votes, against, abstained }
 */
export function memberRecord(votes: readonly RecordedVote[], code: CountryCode): MemberRecord {
  const byYear = bucketsBy(votes, code, (v) => v.date.slice(0, 4)).sort((a, b) =>
    (a.key ?? '') < (b.key ?? '') ? -1 : 1,
  );
  const notYes = (b: RecordBucket) => b.against.length + b.abstained.length;
  const byArea = bucketsBy(votes, code, (v) => v.area).sort((a, b) => notYes(b) - notYes(a) || b.votes - a.votes);
  const total = (f: (b: RecordBucket) => number) => byYear.reduce((n, b) => n + f(b), 0);
  return {
    code,
    votes: total((b) => b.votes),
    against: total((b) => b.against.length),
    abstained: total((b) => b.abstained.length),
    byYear,
    byArea,
  };
}
