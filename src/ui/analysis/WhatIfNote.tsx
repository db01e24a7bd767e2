import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';
import { ErrorText } from './ErrorText';
import { whatIfSummary, type AnalysisVoteResult } from './useAnalysisVote';
import '../../i18n/analysis/register';

/** Tells a view's reader that it shows a what-if, or why it shows nothing. */
export function WhatIfNote({ vote }: { readonly vote: AnalysisVoteResult }) {
  const tr = useT();
  if (!vote.ok) return <p className="caution">{rich(tr.t('analysis.notComputed'), { error: <ErrorText error={vote.error} /> })}</p>;
  return vote.whatIf ? <p className="analysis__whatif-note">{whatIfSummary(vote.whatIf, tr)}.</p> : null;
}
