import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';

const OpenedVote = lazy(() => import('./OpenedVote'));

/** Prefix of the store's preset id for a scenario opened from the voting record. */
export const VOTE_PRESET_PREFIX = 'vote-';

/** Beside the verdict, once a recorded vote is opened: its recorded outcome (loaded on demand). */
export function RecordedOutcome() {
  const presetId = useStore((s) => s.presetId);
  if (!presetId?.startsWith(VOTE_PRESET_PREFIX)) return null;
  return (
    <Suspense fallback={null}>
      <OpenedVote id={presetId.slice(VOTE_PRESET_PREFIX.length)} />
    </Suspense>
  );
}
