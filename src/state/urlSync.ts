/**
 * Keeps the scenario in the address bar: a reload keeps it, and the address can be sent.
 */
import { encodeLink } from '../core/scenario/link';
import { useStore } from './store';

/** Opens the link in `location.hash` (if any), then mirrors every change into it. Returns an unsubscribe. */
export function startUrlSync(win: Window = window): () => void {
  const open = () => {
    const hash = win.location.hash.replace(/^#/, '');
    if (hash && hash !== encodeLink(useStore.getState().scenario)) useStore.getState().linkOpened(hash);
  };
  open();
  const write = () => {
    const next = `#${encodeLink(useStore.getState().scenario)}`;
    if (win.location.hash !== next) win.history.replaceState(null, '', next);
  };
  write();
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario) write();
  });
  win.addEventListener('hashchange', open);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', open);
  };
}
