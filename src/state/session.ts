/**
 * Keeps this tab's undo history, and which saved scenario or preset the screen came from,
 * across a reload (in sessionStorage: per tab, gone when the tab closes). Everything read back
 * goes through the scenario gate; a step that no longer reads is dropped, never guessed.
 */
import { sameScenario } from '../core/scenario/same';
import { restoreScenario } from '../core/scenario/scenarioGate';
import { HISTORY_LIMIT, type History, type Screen } from './history';
import { versioned } from './persistence';
import type { KeyValueStore } from './storage';
import { useStore } from './store';
import { SESSION_KEY } from './workKeys';

export { SESSION_KEY };
const SESSION_VERSION = 1;
/** Writing waits for a pause: a burst of clicks is written once. */
const WRITE_DELAY_MS = 300;

interface Stored {
  readonly screen: Screen;
  readonly edited: boolean;
  readonly history: History;
}

function screenOf(raw: unknown): Screen | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const s = restoreScenario(r.scenario);
  if (!s.ok) return null;
  const id = (x: unknown) => (typeof x === 'string' && x.length <= 200 ? x : null);
  return { scenario: s.value, openId: id(r.openId), presetId: id(r.presetId) };
}

const screens = (raw: unknown): Screen[] =>
  (Array.isArray(raw) ? raw.slice(-HISTORY_LIMIT) : []).map(screenOf).filter((x): x is Screen => x !== null);

function read(store: KeyValueStore): Stored | null {
  try {
    const raw = JSON.parse(store.get(SESSION_KEY) ?? 'null') as Record<string, unknown> | null;
    if (!raw || raw.version !== SESSION_VERSION) return null;
    const screen = screenOf(raw.screen);
    const h = (raw.history ?? {}) as Record<string, unknown>;
    return screen && { screen, edited: raw.edited === true, history: { past: screens(h.past), future: screens(h.future), typing: null } };
  } catch {
    return null;
  }
}

/**
 * Restores the tab's history onto the scenario the address opened, then keeps it written.
 * Call after the link in the address bar was opened. Returns a stop function.
 */
export function startSession(store: KeyValueStore, win?: Window): () => void {
  const stored = read(store);
  const s = useStore.getState();
  if (stored) {
    const same = sameScenario(stored.screen.scenario, s.scenario);
    // The address opened something else in this tab: what was on screen becomes a step back.
    const past = same ? stored.history.past : [...stored.history.past, stored.screen].slice(-HISTORY_LIMIT);
    useStore.setState({
      history: { ...stored.history, past },
      ...(same ? { openId: stored.screen.openId, presetId: stored.screen.presetId, origin: stored.edited ? stored.screen.scenario : s.scenario } : {}),
    });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const now = useStore.getState();
    const stored = (s: Screen) => ({ ...s, scenario: versioned(s.scenario) });
    const screen = stored({ scenario: now.scenario, openId: now.openId, presetId: now.presetId });
    const history = { past: now.history.past.map(stored), future: now.history.future.map(stored) };
    store.set(SESSION_KEY, JSON.stringify({ version: SESSION_VERSION, screen, edited: now.scenario !== now.origin, history }));
  };
  const later = () => {
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  };
  const unsubscribe = useStore.subscribe((now, prev) => {
    if (now.history === prev.history && now.scenario === prev.scenario && now.openId === prev.openId && now.presetId === prev.presetId) return;
    later();
  });
  // With nothing stored, this may start after the user's first steps (it loads on demand): they are written.
  if (!stored && useStore.getState().history.past.length > 0) later();
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
  win?.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    win?.removeEventListener('pagehide', flush);
  };
}
