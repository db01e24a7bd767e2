import { datasetsWith } from '../../core/data/datasets';
import { isoDay, newestEnded, periodStatus } from '../../core/data/period';
import { useDataset, useFiguresStatus } from '../../state/selectors';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';


/** The population figures, with their period, confidence and exactness right under the choice. */
export function DatasetSelect() {
  const datasetChosen = useStore((s) => s.datasetChosen);
  const d = useDataset();
  const added = useStore((s) => s.addedDatasets);
  const councilDatasets = datasetsWith(added).filter((x) => x.role === 'council');
  // The notice beside the verdict (PeriodNotice) in a few words next to the choice: the same
  // status of the figures against the date of the vote (else today).
  const st = useFiguresStatus();
  const day = st && st.kind !== 'undated' ? st.date : isoDay(new Date());
  const ended = newestEnded(datasetsWith(added), day) !== undefined && periodStatus(d, day) === 'ended';
  const tr = useT();
  const { t } = tr;
  return (
    <div className="field">
      <label className="field" htmlFor="dataset-select">
        <span className="field__label">{t('dataset.label')}</span>
      </label>
      <select id="dataset-select" value={d.id} onChange={(e) => datasetChosen(e.target.value)} aria-describedby="dataset-facts">
        {councilDatasets.map((x) => (
          <option key={x.id} value={x.id}>
            {tr.dataset(x)}
          </option>
        ))}
      </select>
      <span id="dataset-facts" className="field__facts">
        {t('dataset.period', { from: tr.day(d.period.from), to: tr.day(d.period.to) })} · {t('dataset.confidence', { level: t(`confidence.${d.provenance.confidence}`) })} ·{' '}
        {d.figures === 'percentages' ? <strong>⚠ {t('dataset.rounded')}</strong> : t('dataset.exact')}
        {d.outdated && <strong> · ⚠ {t('dataset.outdated')}</strong>}
        {ended ? (
          <strong> · ⚠ {t('dataset.ended')}</strong>
        ) : st?.kind === 'nearest' ? (
          <strong> · ⚠ {t('dataset.nearest', { date: tr.day(st.date) })}</strong>
        ) : st?.kind === 'other' ? (
          <strong> · ⚠ {t('dataset.other', { date: tr.day(st.date) })}</strong>
        ) : st?.kind === 'inForce' ? (
          <> · {t('dataset.inForce', { date: tr.day(st.date) })}</>
        ) : null}
      </span>
    </div>
  );
}
