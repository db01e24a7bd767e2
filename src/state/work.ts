/**
 * The user's work kept in this browser — added figures, saved scenarios and drafts, files
 * followed over time, and the tab's undo history — read back through the gates and written on
 * every change. Loaded before the first render when there is work to read (see workKeys.ts),
 * else once the page is idle or at the user's first step ({@link startWorkLater}).
 */
import { startFigures } from './figuresStorage';
import { startPersistence } from './persistence';
import { startFilesStorage } from './filesStorage';
import type { KeyValueStore } from './storage';

export { startSession } from './session';

/** Reads the kept work (figures first: saved scenarios and files may use them), then keeps writing it. Returns a stop function. */
export function startKept(local: KeyValueStore, win?: Window): () => void {
  const stops = [startFigures(local, win), startPersistence(local, win), startFilesStorage(local, win)];
  return () => stops.forEach((stop) => stop());
}
