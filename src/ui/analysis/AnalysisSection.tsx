import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';

const AnalysisPanel = lazy(() => import('./AnalysisPanel'));

/** A closed section until asked for: its code and its work start only when opened. */
export function AnalysisSection() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t('analysis.heading')}</h2>
      </summary>
      {open && (
        <Suspense fallback={<p className="hint">{t('analysis.loading')}</p>}>
          <AnalysisPanel />
        </Suspense>
      )}
    </details>
  );
}
