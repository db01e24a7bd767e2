import { useT } from '../i18n/useT';
import '../../i18n/analysis/register';

/** While a job runs: what is happening, how far along (when the worker says), and a way out. */
export function JobProgress({ label, progress, cancel }: { label: string; progress: number | null; cancel?: () => void }) {
  const tr = useT();
  return (
    <p className="analysis__progress" aria-live="polite">
      {label}
      {progress !== null && (
        <>
          {' '}
          <progress max={1} value={progress} aria-label={label} /> {tr.percent(progress * 100)}
        </>
      )}
      {cancel && (
        <>
          {' '}
          <button type="button" onClick={cancel}>
            {tr.t('analysis.cancel')}
          </button>
        </>
      )}
    </p>
  );
}
