import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/urlSync';
import { startPersistence } from '../state/persistence';
import { startFilesStorage } from '../state/filesStorage';
import { startFigures } from '../state/figuresStorage';
import { startSession } from '../state/session';
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
// Added figures first: saved scenarios, links and the undo history may use them.
startFigures(storage, window);
startPersistence(storage, window);
startFilesStorage(storage, window);
startViewPreference(storage);
// The view the user left the app in (map or table) loads beside the language and the link.
preloadView(useStore.getState().view);
const links = startUrlSync();
registerServiceWorker();
// The first render waits for the language's messages (a small chunk, none for English) and for
// the link in the address to be read, so a shared scenario never flashes the default first.
await Promise.all([startLanguage(storage, navigator.languages ?? [navigator.language]), links.ready]);
// The tab's undo history goes onto the scenario the address opened.
startSession(browserStore('session'), window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Printing from the browser's menu cannot wait for a chunk: the sheets' code loads once idle.
whenIdle(() => void loadPrintSheets().catch(() => undefined));
