import { useEffect, useRef } from 'react';
import { useStore } from '../../state/store';
import { focusReturn, requestFullscreen } from './fullscreen';
import { useT } from '../i18n/useT';
import './presentButton.css';

/** The key that opens the presentation: F2 (letters are taken by the positions). */
export const PRESENT_KEY = 'F2';

/** Opens the presentation mode, by button or by F2. */
export function PresentButton() {
  const presentationEntered = useStore((s) => s.presentationEntered);
  const ref = useRef<HTMLButtonElement>(null);
  const { t } = useT();
  useEffect(() => {
    if (!focusReturn.toPresentButton) return;
    focusReturn.toPresentButton = false;
    ref.current?.focus();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== PRESENT_KEY || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      requestFullscreen();
      presentationEntered();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presentationEntered]);
  return (
    <button
      ref={ref}
      type="button"
      className="present-button"
      aria-keyshortcuts={PRESENT_KEY}
      title={t('present.title')}
      onClick={() => {
        requestFullscreen();
        presentationEntered();
      }}
    >
      <span aria-hidden="true">▶ </span>
      {t('present.button')}
    </button>
  );
}
