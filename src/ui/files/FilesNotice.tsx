import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import '../../i18n/files/register';
import '../../i18n/later/register';

/** What the last import did, or why it was refused (the gate's reason, in English). */
export function FilesNotice() {
  const notice = useStore((s) => s.filesNotice);
  const dismissed = useStore((s) => s.filesNoticeDismissed);
  const { t, tp } = useT();
  if (!notice) return null;
  const m = notice.message;
  return (
    <div role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'caution files__notice' : 'files__notice'}>
      {'plural' in m ? tp(m.plural, m.n, m.params) : t(m.key)}
      {notice.detail && (
        <>
          {' '}
          <span lang="en">{notice.detail}</span>
        </>
      )}{' '}
      <button type="button" className="link-button" onClick={dismissed}>
        {t('files.dismiss')}
      </button>
    </div>
  );
}
