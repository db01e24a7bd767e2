import { useCallback } from 'react';
import type { RecordedVote } from '../../core/votes/record';
import type { ReportedVote } from '../../core/votes/reported';
import { reportedScenario } from '../../core/votes/reportedScenario';
import { voteScenario } from '../../core/votes/voteScenario';
import { datasetsWith } from '../../core/data/datasets';
import { useStore } from '../../state/store';
import { REPORTED_PRESET_PREFIX, VOTE_PRESET_PREFIX } from './RecordedOutcome';

/**
 * Opens a recorded vote as an editable scenario, through the store's preset action, on the table
 * of its date among all the user has (shipped or added).
 */
export function useOpenVote(): (vote: RecordedVote) => void {
  const presetOpened = useStore((s) => s.presetOpened);
  const added = useStore((s) => s.addedDatasets);
  return useCallback(
    (vote: RecordedVote) => {
      const vs = voteScenario(vote, datasetsWith(added));
      if (vs) presetOpened(vs.scenario, `${VOTE_PRESET_PREFIX}${vote.id}`);
    },
    [presetOpened, added],
  );
}

/** Opens a vote reported in the press as an editable scenario, the same way. */
export function useOpenReported(): (vote: ReportedVote) => void {
  const presetOpened = useStore((s) => s.presetOpened);
  const added = useStore((s) => s.addedDatasets);
  return useCallback(
    (vote: ReportedVote) => {
      const vs = reportedScenario(vote, datasetsWith(added));
      if (vs) presetOpened(vs.scenario, `${REPORTED_PRESET_PREFIX}${vote.id}`);
    },
    [presetOpened, added],
  );
}
