/**
 * The shipped voting record, validated on first use. Large (about 90 kB gzip): import it only
 * from code that is itself loaded on demand. A shipped file that fails validation is a build
 * defect, so this throws with the vote and field named.
 */
import raw from '../../../data/votes/council-votes.json';
import { parseVoteRecord, type RecordedVote, type VoteRecord } from './record';

let record: VoteRecord | undefined;
let byId: ReadonlyMap<string, RecordedVote> | undefined;

/** The record, parsed and checked once (the CLI pays for it only in commands that use it). */
export function voteRecord(): VoteRecord {
  if (!record) {
    const parsed = parseVoteRecord(raw);
    if (!parsed.ok) throw new Error(parsed.error.message);
    record = parsed.value;
  }
  return record;
}

/** @example findVote('4818')?.date // '2023-03-28' */
export function findVote(id: string): RecordedVote | undefined {
  byId ??= new Map(voteRecord().votes.map((v) => [v.id, v]));
  return byId.get(id.trim());
}
