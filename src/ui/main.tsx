import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/urlSync';
import { hasStoredWork } from '../state/workKeys';
import { startWorkLater } from '../state/workLater';
import { browserStore } from '../state/storage';
import { startLanguage } from '../state/language';
import { startViewPreference } from '../state/viewPreference';
import { App } from './App';
import { registerServiceWorker } from './registerServiceWorker';
import { loadPrintSheets } from './export/PrintView';
import { whenIdle } from './shell/whenIdle';
import { preloadView } from './members/views';
import { useStore } from '../state/store';
import './styles.css';

const storage = browserStore();
const tab = browserStore('session');
startViewPreference(storage);
// The view the user left the app in (map or table) loads beside the language and the link.
preloadView(useStore.getState().view);
const language = startLanguage(storage, navigator.languages ?? [navigator.language]);
// The work kept in this browser is read before the first render, and before any link opens: a
// link may use added figures. Its readers and gates load only when there is some to read.
const work = hasStoredWork(storage, tab) ? await import('../state/work') : null;
work?.startKept(storage, window);
const links = startUrlSync();
registerServiceWorker();
// The first render waits for the language's messages (a small chunk, none for English) and for
// the link in the address to be read, so a shared scenario never flashes the default first.
await Promise.all([language, links.ready]);
// The tab's undo history goes onto the scenario the address opened.
if (work) work.startSession(tab, window);
else startWorkLater(storage, tab, window, whenIdle);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Printing from the browser's menu cannot wait for a chunk: the sheets' code loads once idle.
whenIdle(() => void loadPrintSheets().catch(() => undefined));
