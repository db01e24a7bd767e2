import { useStore } from '../state/store';
import { useT } from './i18n/useT';

export function LinkErrorBanner() {
  const linkError = useStore((s) => s.linkError);
  const dismiss = useStore((s) => s.linkErrorDismissed);
  const { t } = useT();
  if (!linkError) return null;
  return (
    <div className="banner" role="alert">
      <p>
        <span lang="en">{linkError}</span> {t('linkError.kept')}
      </p>
      <button type="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
