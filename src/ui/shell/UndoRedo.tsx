import { useEffect } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'range', 'file'].includes(t.type)));

/**
 * Ctrl/Cmd+Z undoes the last change to the scenario, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes it,
 * anywhere but in a text field, where the keys keep their own meaning.
 */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      const key = e.key.toLowerCase();
      const s = useStore.getState();
      if (key === 'z' && !e.shiftKey) s.undone();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) s.redone();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The Undo and Redo buttons, each disabled when there is nothing to undo or redo. */
export function UndoRedo() {
  const canUndo = useStore((s) => s.history.past.length > 0);
  const canRedo = useStore((s) => s.history.future.length > 0);
  const undone = useStore((s) => s.undone);
  const redone = useStore((s) => s.redone);
  const { t } = useT();
  return (
    <span className="undo-redo" role="group" aria-label={t('history.label')}>
      <button type="button" disabled={!canUndo} onClick={undone} title={t('history.undoTitle')} aria-keyshortcuts="Control+Z Meta+Z">
        {t('history.undo')}
      </button>
      <button type="button" disabled={!canRedo} onClick={redone} title={t('history.redoTitle')} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
        {t('history.redo')}
      </button>
    </span>
  );
}
