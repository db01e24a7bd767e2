import { useCallback } from 'react';
import type { RecordedVote } from '../../core/votes/record';
import type { ReportedVote } from '../../core/votes/reported';
import { reportedScenario } from '../../core/votes/reportedScenario';
import { voteScenario } from '../../core/votes/voteScenario';
import { useStore } from '../../state/store';
import { REPORTED_PRESET_PREFIX, VOTE_PRESET_PREFIX } from './RecordedOutcome';

/** Opens a recorded vote as an editable scenario, through the store's preset action. */
export function useOpenVote(): (vote: RecordedVote) => void {
  const presetOpened = useStore((s) => s.presetOpened);
  return useCallback(
    (vote: RecordedVote) => {
      const vs = voteScenario(vote);
      if (vs) presetOpened(vs.scenario, `${VOTE_PRESET_PREFIX}${vote.id}`);
    },
    [presetOpened],
  );
}

/** Opens a vote reported in the press as an editable scenario, the same way. */
export function useOpenReported(): (vote: ReportedVote) => void {
  const presetOpened = useStore((s) => s.presetOpened);
  return useCallback(
    (vote: ReportedVote) => {
      const vs = reportedScenario(vote);
      if (vs) presetOpened(vs.scenario, `${REPORTED_PRESET_PREFIX}${vote.id}`);
    },
    [presetOpened],
  );
}
