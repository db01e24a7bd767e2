import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

/** What went wrong with the link just opened; for a cut link, what survived is offered. */
export function LinkErrorBanner() {
  const linkError = useStore((s) => s.linkError);
  const dismiss = useStore((s) => s.linkErrorDismissed);
  const take = useStore((s) => s.linkOfferTaken);
  const { t } = useT();
  if (!linkError) return null;
  return (
    <div className={linkError.kind === 'refused' ? 'banner' : 'banner banner--info'} role="alert">
      <p>
        <span lang="en">{linkError.message}</span>
        {linkError.kind === 'refused' && <> {t('linkError.kept')}</>}
        {linkError.kind === 'cut' && <> {t('linkError.offerKept')}</>}
      </p>
      <div className="banner__actions">
        {linkError.kind === 'cut' && (
          <button type="button" onClick={take}>
            {t('linkError.openSurvivors')}
          </button>
        )}
        <button type="button" onClick={dismiss}>
          {linkError.kind === 'cut' ? t('linkError.keepScreen') : t('notice.dismiss')}
        </button>
      </div>
    </div>
  );
}
