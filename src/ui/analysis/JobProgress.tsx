import { fractionPercent } from '../../core/format';

/** While a job runs: what is happening, how far along (when the worker says), and a way out. */
export function JobProgress({ label, progress, cancel }: { label: string; progress: number | null; cancel?: () => void }) {
  return (
    <p className="analysis__progress" aria-live="polite">
      {label}
      {progress !== null && (
        <>
          {' '}
          <progress max={1} value={progress} aria-label={label} /> {fractionPercent(progress, 0)}
        </>
      )}
      {cancel && (
        <>
          {' '}
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </>
      )}
    </p>
  );
}
