import { useEffect, useMemo, useRef } from 'react';
import { datasetsWith } from '../../core/data/datasets';
import type { Dataset } from '../../core/data/dataset';
import { evaluateVote, type VoteScenario } from '../../core/votes/voteScenario';
import { useStore } from '../../state/store';
import { revealBesideVerdict } from '../verdict/revealBesideVerdict';

/**
 * A vote opened beside the verdict (recorded or reported): the vote on the table of its date
 * among all the user has, shipped or added, as when it was opened; its verdict under each rule of
 * the date; whether the screen is still on the vote's table and date; and a ref that brings the
 * panel into view, after the verdict, when another is opened.
 * `open` must be a stable (module-level) function.
 */
export function useVoteOnScreen<V extends VoteScenario>(id: string, open: (id: string, datasets: readonly Dataset[]) => V | undefined) {
  const added = useStore((s) => s.addedDatasets);
  const datasetId = useStore((s) => s.scenario.datasetId);
  const date = useStore((s) => s.scenario.date);
  const vs = useMemo(() => open(id, datasetsWith(added)), [id, added, open]);
  const results = useMemo(() => (vs ? evaluateVote(vs) : undefined), [vs]);
  const ref = useRef<HTMLElement>(null);
  // Opened from the list, possibly far below on a phone.
  useEffect(() => revealBesideVerdict(ref.current), [id]);
  const onVoteFigures = vs !== undefined && datasetId === vs.dataset.id && date === vs.vote.date;
  return { vs, results, ref, onVoteFigures };
}
