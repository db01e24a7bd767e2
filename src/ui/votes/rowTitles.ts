import type { RecordedVote } from '../../core/votes/record';
import { TITLE_MAX } from '../../core/votes/record';
import { recordTitle } from '../../core/votes/voteScenario';
import { listTitle, procedureCode } from '../../core/votes/titles';

/** What a list row shows of a vote's titles, the same in every language. */
export interface RowTitles {
  /** The record's title in full (the row's tooltip), if it has one. */
  readonly full: string | null;
  /** The title shortened for the list, if it has one. */
  readonly shown: string | null;
  /** The procedure code as written in the list, if any. */
  readonly procedure: string | null;
}

const known = new WeakMap<RecordedVote, RowTitles>();

/**
 * A vote's row titles, worked out once per vote: a filter change or a scroll brings rows back
 * into view, and shortening a title (several patterns over it) is the costliest part of a row.
 */
export function rowTitles(vote: RecordedVote): RowTitles {
  let titles = known.get(vote);
  if (!titles) {
    titles = {
      full: recordTitle(vote),
      shown: vote.title ? listTitle(vote.title, vote.title.length >= TITLE_MAX) : null,
      procedure: vote.procedure ? procedureCode(vote.procedure) : null,
    };
    known.set(vote, titles);
  }
  return titles;
}
