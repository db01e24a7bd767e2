/**
 * The shipped votes reported in the press, validated on first use. A shipped file that fails
 * validation is a build defect, so this throws with the vote and field named.
 */
import raw from '../../../data/votes/reported.json';
import { parseReportedVotes, type ReportedVote, type ReportedVotes } from './reported';

let reported: ReportedVotes | undefined;

/** The reported votes, newest first, parsed and checked once. */
export function reportedVotes(): ReportedVotes {
  if (!reported) {
    const parsed = parseReportedVotes(raw);
    if (!parsed.ok) throw new Error(parsed.error.message);
    reported = parsed.value;
  }
  return reported;
}

/** @example findReported('2026-01-09-eu-mercosur')?.reportedInFavour // 21 */
export function findReported(id: string): ReportedVote | undefined {
  return reportedVotes().votes.find((v) => v.id === id.trim());
}
