import { useDataset } from '../../state/selectors';
import { useT } from '../i18n/useT';
import { AddFigures } from './AddFigures';
import { RemoveFigures } from './RemoveFigures';

/** Where the figures come from, how sure they are, and what that means for the verdict. */
export function DatasetNote() {
  const d = useDataset();
  const { t } = useT();
  return (
    <div className="dataset-note">
      <p>
        <strong>{d.label}</strong>, {t('datasetNote.applying', { from: d.period.from, to: d.period.to })} {t('datasetNote.confidence')}
        {t('punct.colon')}
        <strong>{t(`confidence.${d.provenance.confidence}`)}</strong>.{' '}
        <a href={d.provenance.address} target="_blank" rel="noreferrer noopener">
          {t('datasetNote.source')}
        </a>
        : <span lang="en">{d.provenance.source}</span>.
      </p>
      {d.figures === 'percentages' && (
        <p className="caution">
          <span aria-hidden="true">⚠ </span>
          {t('datasetNote.rounded')}
        </p>
      )}
      {d.outdated && (
        <p className="caution">
          <span aria-hidden="true">⚠ </span>
          {t('datasetNote.outdated')} <span lang="en">{d.provenance.note}</span>
        </p>
      )}
      <RemoveFigures />
      <AddFigures />
    </div>
  );
}
