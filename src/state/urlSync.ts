/**
 * Keeps the scenario in the address bar: a reload keeps it, and the address can be sent.
 * Whatever a link opened in the address bar does (opens, is refused, is cut), the address
 * ends up showing the scenario on screen, so a reload never loses it.
 */
import { isDossierLink } from '../core/scenario/linkKind';
import { useStore } from './store';

// The codecs load on demand: with no link in the address, the first screen never waits for them.
const scenarioLinks = () => import('../core/scenario/link');
const fileLinks = () => import('../core/scenario/dossierLink');

export interface UrlSync {
  /** Settles once the link in the address at start (if any) is open, or refused: render then, not before. */
  readonly ready: Promise<void>;
  readonly stop: () => void;
}

/** Opens the link in `location.hash` (if any), then mirrors every change into it. */
export function startUrlSync(win: Window = window): UrlSync {
  /** The address last written: reading it back is not opening a link. */
  let written = '';
  /** Encoding is asynchronous: only the newest scenario's link is written. */
  let latest = 0;
  let stopped = false;
  const write = async () => {
    const ticket = ++latest;
    const { encodeLink } = await scenarioLinks();
    const next = `#${await encodeLink(useStore.getState().scenario)}`;
    if (ticket !== latest || stopped) return;
    written = next;
    if (win.location.hash !== next) win.history.replaceState(win.history.state, '', next);
  };
  const open = async () => {
    const hash = win.location.hash;
    if (!hash.replace(/^#/, '') || hash === written) return;
    // A link to a file adds the file and leaves the scenario on screen as it was.
    if (isDossierLink(hash)) {
      const file = await (await fileLinks()).decodeDossierLink(hash);
      if (stopped) return;
      useStore.getState().dossierLinkOpened(file);
      return write();
    }
    const [{ decodeLink }, { linkOpened }] = await Promise.all([scenarioLinks(), import('./receiving')]);
    const decoded = await decodeLink(hash);
    if (stopped) return;
    linkOpened(decoded);
    await write();
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario) void write();
  });
  const onHashChange = () => void open();
  win.addEventListener('hashchange', onHashChange);
  // With no link to open, the first render does not wait for the address to be written.
  const ready = win.location.hash.replace(/^#/, '') ? open() : (void write(), Promise.resolve());
  const stop = () => {
    stopped = true;
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
  return { ready, stop };
}
