import { useState } from 'react';
import { useStore } from '../../state/store';
import { linkOfferTaken as take } from '../../state/receiving';
import { copyText } from '../export/download';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

/** What went wrong with the link just opened; for a cut link, what survived is offered; an old-format link can be shared again. */
export function LinkErrorBanner() {
  const linkError = useStore((s) => s.linkError);
  const dismiss = useStore((s) => s.linkErrorDismissed);
  const scenario = useStore((s) => s.scenario);
  const { t } = useT();
  const [copied, setCopied] = useState<string | null>(null);
  if (!linkError) return null;
  const reshare = async () => {
    const link = `${location.origin}${location.pathname}#${await (await import('../../core/scenario/link')).encodeLink(scenario)}`;
    setCopied(t((await copyText(link)) ? 'link.reshared' : 'scenario.linkNotCopied'));
  };
  const old = linkError.kind === 'old';
  const what = old ? `${t('link.oldFormat.members', { n: linkError.members })}, ${t(linkError.notes ? 'link.oldFormat.notes' : 'link.oldFormat.noNotes')}` : '';
  return (
    <div className={linkError.kind === 'refused' ? 'banner' : 'banner banner--info'} role="alert">
      <p>
        {old ? (
          <>
            {linkError.lost && <span lang="en">{linkError.lost} </span>}
            {t('link.oldFormat', { what })}
          </>
        ) : (
          <span lang="en">{linkError.message}</span>
        )}
        {linkError.kind === 'refused' && <> {t('linkError.kept')}</>}
        {linkError.kind === 'cut' && <> {t('linkError.offerKept')}</>}
      </p>
      {copied && <p role="status">{copied}</p>}
      <div className="banner__actions">
        {linkError.kind === 'cut' && (
          <button type="button" onClick={take}>
            {t('linkError.openSurvivors')}
          </button>
        )}
        {old && (
          <button type="button" onClick={() => void reshare()}>
            {t('link.reshare')}
          </button>
        )}
        <button type="button" onClick={dismiss}>
          {linkError.kind === 'cut' ? t('linkError.keepScreen') : t('notice.dismiss')}
        </button>
      </div>
    </div>
  );
}
