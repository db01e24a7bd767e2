import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';

const FilesPanel = lazy(() => import('./FilesPanel'));

/** Files followed over time: a closed section until asked for; its code and the chart library load only then. */
export function FilesSection() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel files-section" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t('files.heading')}</h2>
      </summary>
      {open && (
        <Suspense fallback={<p className="hint">{t('files.loading')}</p>}>
          <FilesPanel />
        </Suspense>
      )}
    </details>
  );
}
