import { useDataset } from '../state/selectors';

/** Where the figures come from, how sure they are, and what that means for the verdict. */
export function DatasetNote() {
  const d = useDataset();
  return (
    <div className="dataset-note">
      <p>
        <strong>{d.label}</strong>, applying {d.period.from} to {d.period.to}. Confidence: <strong>{d.provenance.confidence}</strong>.{' '}
        <a href={d.provenance.address} target="_blank" rel="noreferrer noopener">
          Source
        </a>
        : {d.provenance.source}.
      </p>
      {d.figures === 'percentages' && (
        <p className="caution">
          <span aria-hidden="true">⚠ </span>Built from two-decimal percentages: each member's figure is known only to ±0.005
          percentage points. A verdict that could flip within that is marked “too close to call”.
        </p>
      )}
      {d.outdated && (
        <p className="caution">
          <span aria-hidden="true">⚠ </span>Outdated figures: {d.provenance.note}
        </p>
      )}
    </div>
  );
}
