/**
 * With no work kept in this browser, its readers and writers (./work.ts) load after the first
 * screen: once the page is idle, or at once when the user takes a step that is kept (a position
 * set, a scenario saved, figures added), whichever comes first. What was done before they start
 * is written when they do.
 */
import type { KeyValueStore } from './storage';
import { useStore } from './store';

/** Returns a stop function (which also stops the work once started). */
export function startWorkLater(local: KeyValueStore, tab: KeyValueStore, win: Window | undefined, whenIdle: (work: () => void) => void): () => void {
  let started = false;
  let stopped = false;
  const stops: (() => void)[] = [];
  const start = () => {
    if (started || stopped) return;
    started = true;
    unsubscribe();
    void import('./work').then((w) => {
      if (!stopped) stops.push(w.startKept(local, win), w.startSession(tab, win));
    });
  };
  const unsubscribe = useStore.subscribe((s, p) => {
    if (s.history !== p.history || s.library !== p.library || s.drafts !== p.drafts || s.files !== p.files || s.addedDatasets !== p.addedDatasets) start();
  });
  whenIdle(start);
  return () => {
    stopped = true;
    unsubscribe();
    stops.forEach((stop) => stop());
  };
}
