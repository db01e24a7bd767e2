/**
 * Undo and redo for the scenario on screen: every change to it (positions, rule, dataset, date,
 * participation, set-all, names and notes, opening another scenario) is a step. Typing in one
 * text field is one step, not one per key.
 */
import type { Scenario } from '../core/scenario/scenario';

/** At least the 100 steps users were promised, with room to spare. */
export const HISTORY_LIMIT = 200;
/** Keystrokes in the same field closer together than this are one step. */
const TYPING_PAUSE_MS = 1000;

/** What a step restores: the scenario, and the saved scenario or preset it was opened from. */
export interface Screen {
  readonly scenario: Scenario;
  readonly openId: string | null;
  readonly presetId: string | null;
}

export interface History {
  readonly past: readonly Screen[];
  readonly future: readonly Screen[];
  /** The text field typed in last, and when, while typing goes on. */
  readonly typing: { readonly field: string; readonly at: number } | null;
}

export const emptyHistory = (): History => ({ past: [], future: [], typing: null });

/** The text field a change touched, when it touched nothing else. */
function textField(before: Scenario, after: Scenario): string | null {
  if (before.positions !== after.positions || before.rule !== after.rule || before.datasetId !== after.datasetId || before.date !== after.date) return null;
  if (before.name !== after.name) return 'name';
  if (before.note !== after.note) return 'note';
  return 'memberNotes';
}

/** The history after the screen changed from `before` to `after` at time `now`. */
export function recorded(h: History, before: Screen, after: Screen, now: number): History {
  const field = before.openId === after.openId ? textField(before.scenario, after.scenario) : null;
  if (field !== null && h.typing?.field === field && now - h.typing.at < TYPING_PAUSE_MS) {
    return { ...h, future: [], typing: { field, at: now } };
  }
  return {
    past: [...h.past, before].slice(-HISTORY_LIMIT),
    future: [],
    typing: field === null ? null : { field, at: now },
  };
}

/** One step back from `current`: the screen to show and the history after it; null with nothing to undo. */
export function undo(h: History, current: Screen): { screen: Screen; history: History } | null {
  const screen = h.past[h.past.length - 1];
  if (!screen) return null;
  return { screen, history: { past: h.past.slice(0, -1), future: [current, ...h.future].slice(0, HISTORY_LIMIT), typing: null } };
}

/** One step forward again; null with nothing to redo. */
export function redo(h: History, current: Screen): { screen: Screen; history: History } | null {
  const screen = h.future[0];
  if (!screen) return null;
  return { screen, history: { past: [...h.past, current].slice(-HISTORY_LIMIT), future: h.future.slice(1), typing: null } };
}
