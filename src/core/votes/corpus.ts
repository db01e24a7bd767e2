/**
 * The shipped voting record, validated once at load. Large (about 90 kB gzip): import it only
 * from code that is itself loaded on demand. A shipped file that fails validation is a build
 * defect, so this throws with the vote and field named.
 */
import raw from '../../../data/votes/council-votes.json';
import { parseVoteRecord, type RecordedVote, type VoteRecord } from './record';

export const VOTE_RECORD: VoteRecord = (() => {
  const parsed = parseVoteRecord(raw);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
})();

const BY_ID: ReadonlyMap<string, RecordedVote> = new Map(VOTE_RECORD.votes.map((v) => [v.id, v]));

/** @example findVote('4818')?.date // '2023-03-28' */
export function findVote(id: string): RecordedVote | undefined {
  return BY_ID.get(id.trim());
}
