import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';

const OpenedVote = lazy(() => import('./OpenedVote'));
const OpenedReportedVote = lazy(() => import('./OpenedReportedVote'));

/** Prefix of the store's preset id for a scenario opened from the voting record. */
export const VOTE_PRESET_PREFIX = 'vote-';
/** Prefix of the store's preset id for a scenario opened from the votes reported in the press. */
export const REPORTED_PRESET_PREFIX = 'reported-';

/** Beside the verdict, once a recorded or reported vote is opened: its outcome (loaded on demand). */
export function RecordedOutcome() {
  const presetId = useStore((s) => s.presetId);
  if (presetId?.startsWith(REPORTED_PRESET_PREFIX))
    return (
      <Suspense fallback={null}>
        <OpenedReportedVote id={presetId.slice(REPORTED_PRESET_PREFIX.length)} />
      </Suspense>
    );
  if (!presetId?.startsWith(VOTE_PRESET_PREFIX)) return null;
  return (
    <Suspense fallback={null}>
      <OpenedVote id={presetId.slice(VOTE_PRESET_PREFIX.length)} />
    </Suspense>
  );
}
