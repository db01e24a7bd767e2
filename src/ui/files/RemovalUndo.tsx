import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import '../../i18n/files/register';

/** "Snapshot removed." / "File deleted." with Undo, until undone or another removal replaces it. */
export function RemovalUndo() {
  const u = useStore((s) => s.filesUndo);
  const removalUndone = useStore((s) => s.removalUndone);
  const { t } = useT();
  if (!u) return null;
  return (
    <p role="status" className="files__notice">
      {t(u.what === 'file' ? 'files.deleted' : 'files.removed', { name: u.file.name })}{' '}
      <button type="button" onClick={removalUndone}>
        {t('files.undoRemoval')}
      </button>
    </p>
  );
}
