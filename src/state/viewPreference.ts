/**
 * The member view (list, map or table) chosen last, remembered through the storage wrapper so a
 * meeting-room screen opens as it was left.
 */
import type { KeyValueStore } from './storage';
import { useStore } from './store';
import type { MemberView } from './types';

export const VIEW_KEY = 'council-vote.view';

const VIEWS: readonly MemberView[] = ['list', 'map', 'table'];

export function isMemberView(x: unknown): x is MemberView {
  return VIEWS.includes(x as MemberView);
}

/** Starts in the stored view (if any) and remembers every later choice. Returns the unsubscribe. */
export function startViewPreference(store: KeyValueStore): () => void {
  const stored = store.get(VIEW_KEY);
  if (isMemberView(stored)) useStore.getState().viewChosen(stored);
  return useStore.subscribe((s, prev) => {
    if (s.view !== prev.view) store.set(VIEW_KEY, s.view);
  });
}
