import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

/** What opening the scenario on screen did to the edits before it, with the way back. */
export function EditNotice() {
  const notice = useStore((s) => s.editNotice);
  const name = useStore((s) => s.scenario.name);
  const a = useStore.getState();
  const { t } = useT();
  if (!notice) return null;
  return (
    <div className="banner banner--info" aria-live="polite">
      <p>{notice.kind === 'draftRestored' ? t('edit.draftRestored', { name: name || t('scenario.untitled') }) : t('edit.replaced')}</p>
      <span className="banner__actions">
        {notice.kind === 'draftRestored' ? (
          <button type="button" onClick={a.savedReverted}>
            {t('scenario.discardChanges')}
          </button>
        ) : (
          <button type="button" onClick={a.undone}>
            {t('history.undo')}
          </button>
        )}
        <button type="button" onClick={a.editNoticeDismissed}>
          {t('notice.dismiss')}
        </button>
      </span>
    </div>
  );
}
