import type { AnalysisVoteResult } from './useAnalysisVote';

/** Tells a view's reader that it shows a what-if, or why it shows nothing. */
export function WhatIfNote({ vote }: { readonly vote: AnalysisVoteResult }) {
  if (!vote.ok) return <p className="caution">Not computed: the what-if above is invalid ({vote.error.message})</p>;
  return vote.summary ? <p className="analysis__whatif-note">{vote.summary}.</p> : null;
}
