import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

/** What happened to the user's saved work: imports, unreadable storage (listed in the Scenarios panel until deleted). */
export function LibraryNotice() {
  const notice = useStore((s) => s.libraryNotice);
  const dismiss = useStore((s) => s.libraryNoticeDismissed);
  const { t, tp } = useT();
  const m = notice?.message;
  if (!notice) return null;
  return (
    <div className={`banner banner--${notice.kind}`} {...(notice.kind === 'error' ? { role: 'alert' } : { 'aria-live': 'polite' })}>
      <p>
        {!m ? notice.text : 'plural' in m ? tp(m.plural, m.n) : t(m.key, m.params)}
        {m && notice.more && <> {t(notice.more.key, notice.more.params)}</>}
      </p>
      <span className="banner__actions">
        <button type="button" onClick={dismiss}>
          {t('notice.dismiss')}
        </button>
      </span>
    </div>
  );
}
