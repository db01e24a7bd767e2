import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';

// The dialog and the core's Annex III reader load when the dialog is first opened.
const AddFiguresDialog = lazy(() => import('./AddFiguresDialog'));

/** "Add official figures": the button, the table last added, and the dialog once opened. */
export function AddFigures() {
  const { t } = useT();
  const [opened, setOpened] = useState(false);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <p>
        <button type="button" onClick={() => (setAdded(null), setOpened(true), setOpen(true))}>
          {t('figures.open')}
        </button>
      </p>
      {added && (
        <p role="status" className="figures-added">
          {t('figures.added', { label: added })}
        </p>
      )}
      {opened && (
        <Suspense fallback={null}>
          <AddFiguresDialog open={open} onClose={() => setOpen(false)} onAdded={setAdded} />
        </Suspense>
      )}
    </>
  );
}
