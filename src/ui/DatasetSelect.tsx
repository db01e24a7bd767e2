import { DATASETS } from '../core/datasets';
import { useStore } from '../state/store';

const councilDatasets = DATASETS.filter((d) => d.role === 'council');

export function DatasetSelect() {
  const datasetId = useStore((s) => s.scenario.datasetId);
  const datasetChosen = useStore((s) => s.datasetChosen);
  return (
    <label className="field">
      <span className="field__label">Population figures</span>
      <select value={datasetId} onChange={(e) => datasetChosen(e.target.value)}>
        {councilDatasets.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </select>
    </label>
  );
}
