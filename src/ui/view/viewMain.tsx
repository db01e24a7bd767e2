/**
 * The view-only page (view.html): decodes the link in its address and shows it. It starts none
 * of the calculator's storage (saved scenarios, drafts, figures, language choice): a receiver's
 * own work is never read or written here.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openReadOnly } from './openReadOnly';
import { ViewPage } from './ViewPage';
import '../styles.css';
import './view.css';

const view = await openReadOnly(location, navigator.languages ?? [navigator.language]);
document.documentElement.lang = view.tr.locale;
document.title = view.ok ? `${view.model.title} · ${view.tr.t('app.title')}` : view.tr.t('app.title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ViewPage view={view} />
  </StrictMode>,
);
