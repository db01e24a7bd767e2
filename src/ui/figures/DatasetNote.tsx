import { useDataset } from '../../state/selectors';
import { useT } from '../i18n/useT';
import { AddFigures } from './AddFigures';
import { RemoveFigures } from './RemoveFigures';

/** Where the figures come from, how sure they are, and what that means for the verdict. */
export function DatasetNote() {
  const d = useDataset();
  const tr = useT();
  const { t } = tr;
  return (
    <div className="dataset-note">
      {/* Read once: one line under the verdict (with its warnings in a word), the details on demand. */}
      <details className="dataset-note__about">
        <summary>
          {t('datasetNote.about')}
          {(d.figures === 'percentages' || d.outdated) && (
            <strong>
              {' · ⚠ '}
              {[d.figures === 'percentages' ? t('dataset.rounded') : null, d.outdated ? t('dataset.outdated') : null].filter(Boolean).join(' · ')}
            </strong>
          )}
        </summary>
        <p>
          <strong>{tr.dataset(d)}</strong>, {t('datasetNote.applying', { from: tr.day(d.period.from), to: tr.day(d.period.to) })} {t('datasetNote.confidence')}
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
      </details>
      <RemoveFigures />
      <AddFigures />
    </div>
  );
}
