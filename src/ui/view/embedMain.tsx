/**
 * The embeddable verdict card (embed.html), for other sites' pages in an <iframe>: decodes the
 * link in its address, in the language its `?lang=` names, touches no storage, and tells the
 * framing page its height (a message with the height only) so the frame can fit its content.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedCard } from './EmbedCard';
import { openReadOnly } from './openReadOnly';
import '../styles.css';
import './view.css';
import '../../i18n/later/register';

const view = await openReadOnly(location, navigator.languages ?? [navigator.language]);
document.documentElement.lang = view.tr.locale;
document.title = view.ok ? view.tr.t('embed.title', { name: view.model.title }) : view.tr.t('app.title');
const root = document.getElementById('root')!;
createRoot(root).render(
  <StrictMode>
    <EmbedCard view={view} />
  </StrictMode>,
);
if (window.parent !== window) {
  new ResizeObserver(() => window.parent.postMessage({ type: 'council-vote-embed:height', height: Math.ceil(root.getBoundingClientRect().height) }, '*')).observe(root);
}
