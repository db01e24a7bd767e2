import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/urlSync';
import { App } from './App';
import './styles.css';

startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
