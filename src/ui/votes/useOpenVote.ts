import { useCallback } from 'react';
import type { RecordedVote } from '../../core/votes/record';
import { voteScenario } from '../../core/votes/voteScenario';
import { useStore } from '../../state/store';
import { VOTE_PRESET_PREFIX } from './RecordedOutcome';

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
