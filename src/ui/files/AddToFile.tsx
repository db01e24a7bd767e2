import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';

// The dialog loads when first opened.
const AddToFileDialog = lazy(() => import('./AddToFileDialog'));

/** "Add to a file…": the button, the file last added to, and the dialog once opened. */
export function AddToFile() {
  const { t } = useT();
  const [opening, setOpening] = useState(0);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => (setDone(null), setOpening((n) => n + 1), setOpen(true))}>
        {t('files.add.open')}
      </button>
      {done !== null && <span role="status">{t('files.add.done', { name: done })}</span>}
      {opening > 0 && (
        <Suspense fallback={null}>
          <AddToFileDialog open={open} opening={opening} onClose={() => setOpen(false)} onDone={setDone} />
        </Suspense>
      )}
    </>
  );
}
