import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';

const VotesPanel = lazy(() => import('./VotesPanel'));

/** The Council's voting record: a closed section until asked for; its code and data load only then. */
export function VotesSection() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel votes" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t('votes.heading')}</h2>
      </summary>
      {open && (
        <Suspense fallback={<p className="hint">{t('votes.loading')}</p>}>
          <VotesPanel />
        </Suspense>
      )}
    </details>
  );
}
