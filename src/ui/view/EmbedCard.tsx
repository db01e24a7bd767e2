import type { ReadOnly } from './openReadOnly';
import { ReadOnlyCard } from './ReadOnlyCard';
import '../../i18n/later/register';

/** The embeddable verdict card: title, the card, and a link that opens the scenario in the calculator. */
export function EmbedCard({ view }: { readonly view: ReadOnly }) {
  const { t } = view.tr;
  if (!view.ok) return <p role="alert">{t('viewOnly.error', { reason: view.reason })}</p>;
  const m = view.model;
  return (
    <main className="readonly readonly--embed">
      <h1>{m.title}</h1>
      <p className="readonly__subtitle">{m.subtitle}</p>
      <ReadOnlyCard m={m} />
      <a className="readonly__open" href={`./#${view.fragment}`} target="_blank" rel="noopener noreferrer">
        {t('embed.open')}
      </a>
    </main>
  );
}
