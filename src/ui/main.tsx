import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/urlSync';
import { startPersistence } from '../state/persistence';
import { startSession } from '../state/session';
import { browserStore } from '../state/storage';
import { startLanguage } from '../state/language';
import { startViewPreference } from '../state/viewPreference';
import { App } from './App';
import { registerServiceWorker } from './registerServiceWorker';
import './styles.css';

const storage = browserStore();
startPersistence(storage, window);
startViewPreference(storage);
startUrlSync();
startSession(browserStore('session'), window);
registerServiceWorker();
// The first render waits for the language's messages (a small chunk, none for English).
await startLanguage(storage, navigator.languages ?? [navigator.language]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
