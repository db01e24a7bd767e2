/**
 * Opening another scenario (saved, preset, link, exercise, next slide) never drops an edit:
 * unsaved changes to a saved scenario are kept as its draft and come back when it is opened
 * again; an edited scenario that was never saved can be brought back with Undo, and the user
 * is told so.
 */
import { sameScenario } from '../core/scenario/same';
import type { Screen } from './history';
import type { StoreState } from './types';

/** The saved scenario the screen came from, when the screen differs from it. */
export function modifiedFrom(s: Pick<StoreState, 'openId' | 'library' | 'scenario'>) {
  const saved = s.openId ? s.library.find((x) => x.id === s.openId) : undefined;
  return saved && !sameScenario(saved.scenario, s.scenario) ? saved : null;
}

/** The state after `next` replaces the screen of `s`. */
export function opened(s: StoreState, next: Screen): Partial<StoreState> {
  // Opening again the saved scenario on screen shows its saved version (Undo brings the changes back).
  if (next.openId !== null && next.openId === s.openId) {
    const { [next.openId]: _mine, ...drafts } = s.drafts;
    return { ...next, origin: next.scenario, drafts, editNotice: null };
  }
  const drafts = { ...s.drafts };
  let editNotice: StoreState['editNotice'] = null;
  const modified = modifiedFrom(s);
  if (modified) drafts[modified.id] = s.scenario;
  else if (!s.openId && s.scenario !== s.origin && !sameScenario(s.scenario, next.scenario)) editNotice = { kind: 'replaced' };
  let scenario = next.scenario;
  const draft = next.openId ? drafts[next.openId] : undefined;
  if (next.openId && draft) {
    scenario = draft;
    delete drafts[next.openId];
    editNotice = { kind: 'draftRestored' };
  }
  return { scenario, openId: next.openId, presetId: next.presetId, origin: next.scenario, drafts, editNotice };
}
