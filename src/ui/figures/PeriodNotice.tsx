import { EUR_LEX } from '../../core/data/addedIds';
import { isoDay, newestEnded, periodStatus } from '../../core/data/period';
import { datasetsWith } from '../../core/data/datasets';
import { figuresSentences } from '../../i18n/dateFigures';
import { useFiguresStatus } from '../../state/selectors';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

/**
 * Beside the verdict, one statement of the table the verdict rests on against the date of the
 * vote: in force that day, the nearest the app has (with how to add the figures of that year),
 * another table chosen by hand, or no date set. For a scenario without a date it also says when
 * the figures' period is over by today (the browser's clock, or `now` in tests) and no newer
 * table is known. Informs; blocks nothing.
 */
export function PeriodNotice({ now }: { now?: Date }) {
  const st = useFiguresStatus();
  const added = useStore((s) => s.addedDatasets);
  const tr = useT();
  if (!st) return null;
  const today = isoDay(now ?? new Date());
  const ended = st.kind === 'undated' && newestEnded(datasetsWith(added), today) !== undefined && periodStatus(st.dataset, today) === 'ended';
  const caution = ended || st.kind === 'nearest' || st.kind === 'other' || (st.kind !== 'undated' && st.counted.length > 0);
  const sentences = figuresSentences(st, tr);
  if (ended) sentences.push(tr.t('period.ended', { label: tr.dataset(st.dataset), to: tr.day(st.dataset.period.to), year: today.slice(0, 4) }));
  const howTo = ended ? tr.t('period.howToSummary') : st.kind === 'nearest' ? tr.t('dateFigures.howToSummary', { year: st.date.slice(0, 4) }) : null;
  return (
    <div className={caution ? 'caution period-notice' : 'period-notice period-notice--plain'} role="note" aria-labelledby="period-notice-title">
      <p id="period-notice-title">
        {caution && <span aria-hidden="true">⚠ </span>}
        {caution ? <strong>{sentences.join(' ')}</strong> : sentences.join(' ')}
      </p>
      {howTo && (
        <details>
          <summary>{howTo}</summary>
          <p>
            {tr.t('period.howTo')}{' '}
            <a href={EUR_LEX} target="_blank" rel="noreferrer noopener">
              {tr.t('period.eurLex')}
            </a>
          </p>
        </details>
      )}
    </div>
  );
}
