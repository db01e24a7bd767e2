import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';

// The slides, SVG, view-only link and embed actions load when the fold is first opened.
const MeetingExportActions = lazy(() => import('./MeetingExportActions'));

/**
 * What a presenter takes into a meeting, folded by default: the scenario bar stays one row on a
 * laptop, so the members stay on the first screen.
 */
export function MeetingExports() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="scenario-bar__more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('export.more')}</summary>
      {open && (
        <Suspense fallback={<p className="hint">{t('export.loading')}</p>}>
          <MeetingExportActions />
        </Suspense>
      )}
    </details>
  );
}
