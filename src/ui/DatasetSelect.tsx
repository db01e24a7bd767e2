import { DATASETS } from '../core/datasets';
import { useDataset } from '../state/selectors';
import { useStore } from '../state/store';

const councilDatasets = DATASETS.filter((d) => d.role === 'council');

/** The population figures, with their period, confidence and exactness right under the choice. */
export function DatasetSelect() {
  const datasetChosen = useStore((s) => s.datasetChosen);
  const d = useDataset();
  return (
    <div className="field">
      <label className="field" htmlFor="dataset-select">
        <span className="field__label">Population figures</span>
      </label>
      <select id="dataset-select" value={d.id} onChange={(e) => datasetChosen(e.target.value)} aria-describedby="dataset-facts">
        {councilDatasets.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label}
          </option>
        ))}
      </select>
      <span id="dataset-facts" className="field__facts">
        {d.period.from} to {d.period.to} · confidence {d.provenance.confidence} ·{' '}
        {d.figures === 'percentages' ? <strong>⚠ rounded percentages</strong> : 'exact persons'}
        {d.outdated && <strong> · ⚠ outdated</strong>}
      </span>
    </div>
  );
}
