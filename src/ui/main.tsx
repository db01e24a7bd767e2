import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/urlSync';
import { startPersistence } from '../state/persistence';
import { browserStore } from '../state/storage';
import { App } from './App';
import { registerServiceWorker } from './registerServiceWorker';
import './styles.css';

startPersistence(browserStore(), window);
startUrlSync();
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
