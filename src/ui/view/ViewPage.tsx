import type { ReadOnly } from './openReadOnly';
import { ReadOnlyCard } from './ReadOnlyCard';
import { ReadOnlyMembers } from './ReadOnlyMembers';
import '../../i18n/later/register';

/**
 * The view-only page of a shared scenario, presentation-like: title, verdict, conditions, blocking
 * minority and members. Nothing here can change anything; "Open in the calculator" opens an
 * editable copy through the calculator's own link handling.
 */
export function ViewPage({ view }: { readonly view: ReadOnly }) {
  const { t } = view.tr;
  if (!view.ok) {
    return (
      <main className="readonly">
        <h1>{t('app.title')}</h1>
        <p role="alert">{t('viewOnly.error', { reason: view.reason })}</p>
        <a href="./">{t('viewOnly.openInCalculator')}</a>
      </main>
    );
  }
  const m = view.model;
  return (
    <main className="readonly">
      <header className="readonly__head">
        <p className="readonly__badge">
          {t('viewOnly.label')} · {t('viewOnly.readOnly')}
        </p>
        <h1>{m.title}</h1>
        <p className="readonly__subtitle">{m.subtitle}</p>
        <a className="readonly__open" href={`./#${view.fragment}`}>
          {t('viewOnly.openInCalculator')}
        </a>
      </header>
      <ReadOnlyCard m={m} />
      <ReadOnlyMembers m={m} heading={t('viewOnly.members')} colon={t('punct.colon')} />
    </main>
  );
}
