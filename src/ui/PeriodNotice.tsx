import { datasetsWith } from '../core/data/datasets';
import { EUR_LEX } from '../core/data/addedFigures';
import { isoDay, newestEnded, periodStatus } from '../core/data/period';
import { useDataset } from '../state/selectors';
import { useStore } from '../state/store';
import { useT } from './i18n/useT';

/**
 * Says so when the figures in use have ended and no newer table is known: today (the browser's
 * clock, or `now` in tests) is past the period of the newest table. Informs; blocks nothing.
 */
export function PeriodNotice({ now }: { now?: Date }) {
  const d = useDataset();
  const added = useStore((s) => s.addedDatasets);
  const tr = useT();
  const today = isoDay(now ?? new Date());
  if (!newestEnded(datasetsWith(added), today) || periodStatus(d, today) !== 'ended') return null;
  return (
    <div className="caution period-notice" role="note" aria-labelledby="period-notice-title">
      <p id="period-notice-title">
        <span aria-hidden="true">⚠ </span>
        <strong>{tr.t('period.ended', { label: d.label, to: tr.day(d.period.to), year: today.slice(0, 4) })}</strong>
      </p>
      <details>
        <summary>{tr.t('period.howToSummary')}</summary>
        <p>
          {tr.t('period.howTo')}{' '}
          <a href={EUR_LEX} target="_blank" rel="noreferrer noopener">
            {tr.t('period.eurLex')}
          </a>
        </p>
      </details>
    </div>
  );
}
