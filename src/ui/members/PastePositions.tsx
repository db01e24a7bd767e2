import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';
import './paste.css';

// The dialog and the core's reader of pasted text load when the dialog is first opened.
const PasteDialog = lazy(() => import('./PasteDialog'));

/** "Paste positions…": the button, what the last paste changed, and the dialog while open. */
export function PastePositions() {
  const { t, tp } = useT();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [applied, setApplied] = useState<number | null>(null);
  return (
    <>
      <button type="button" onClick={() => (setApplied(null), setOpen(true))}>
        {t('paste.open')}
      </button>
      {applied !== null && (
        <span role="status" className="paste-applied">
          {tp('paste.applied', applied)}
        </span>
      )}
      {open && (
        <Suspense fallback={null}>
          <PasteDialog text={text} onText={setText} onClose={() => setOpen(false)} onApplied={setApplied} />
        </Suspense>
      )}
    </>
  );
}
