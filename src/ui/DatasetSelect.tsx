import { datasetsWith } from '../core/data/datasets';
import { isoDay, newestEnded, periodStatus } from '../core/data/period';
import { useDataset } from '../state/selectors';
import { useStore } from '../state/store';
import { useT } from './i18n/useT';


/** The population figures, with their period, confidence and exactness right under the choice. */
export function DatasetSelect() {
  const datasetChosen = useStore((s) => s.datasetChosen);
  const d = useDataset();
  const added = useStore((s) => s.addedDatasets);
  const councilDatasets = datasetsWith(added).filter((x) => x.role === 'council');
  // The same test as the notice beside the verdict (PeriodNotice), in a word next to the choice:
  // on the date of the vote, else today.
  const date = useStore((s) => s.scenario.date);
  const day = date ?? isoDay(new Date());
  const ended = newestEnded(datasetsWith(added), day) !== undefined && periodStatus(d, day) === 'ended';
  const { t } = useT();
  return (
    <div className="field">
      <label className="field" htmlFor="dataset-select">
        <span className="field__label">{t('dataset.label')}</span>
      </label>
      <select id="dataset-select" value={d.id} onChange={(e) => datasetChosen(e.target.value)} aria-describedby="dataset-facts">
        {councilDatasets.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label}
          </option>
        ))}
      </select>
      <span id="dataset-facts" className="field__facts">
        {t('dataset.period', { from: d.period.from, to: d.period.to })} · {t('dataset.confidence', { level: t(`confidence.${d.provenance.confidence}`) })} ·{' '}
        {d.figures === 'percentages' ? <strong>⚠ {t('dataset.rounded')}</strong> : t('dataset.exact')}
        {d.outdated && <strong> · ⚠ {t('dataset.outdated')}</strong>}
        {ended && <strong> · ⚠ {t('dataset.ended')}</strong>}
      </span>
    </div>
  );
}
