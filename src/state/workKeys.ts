/**
 * Where the user's work is kept in the browser, and whether any is: the first screen asks this
 * before loading the code that reads it back (./work.ts), which it needs only when there is some.
 */
import type { KeyValueStore } from './storage';

/** Saved scenarios, one key each; their order; unsaved changes to them (drafts). */
export const SCENARIO_PREFIX = 'council-vote.scenario.';
export const ORDER_KEY = 'council-vote.order';
export const DRAFT_PREFIX = 'council-vote.draft.';
/** Where earlier versions kept the whole library, and the one unreadable copy they set aside. */
export const LEGACY_LIBRARY_KEY = 'council-vote.library';
export const LEGACY_UNREADABLE_KEY = 'council-vote.library.unreadable';
/** Stored data that could not be read, kept aside byte for byte. */
export const KEPT_PREFIX = 'council-vote.kept.';
/** Official figures the user added, one key per table. */
export const FIGURES_PREFIX = 'council-vote.figures.';
/** Files followed over time, one key per file. */
export const FILE_PREFIX = 'council-vote.file.';
/** This tab's undo history (in sessionStorage). */
export const SESSION_KEY = 'council-vote.session';

/** Whether `local` holds anything of the library: saved scenarios, their order, drafts, kept copies, an earlier version's library. */
export function keepsLibrary(local: KeyValueStore): boolean {
  return (
    [SCENARIO_PREFIX, DRAFT_PREFIX, KEPT_PREFIX].some((p) => local.keys(p).length > 0) ||
    [ORDER_KEY, LEGACY_LIBRARY_KEY, LEGACY_UNREADABLE_KEY].some((k) => local.get(k) !== null)
  );
}

/** Whether `local` (this browser) or `tab` (this tab) holds any of the user's work to read back. */
export function hasStoredWork(local: KeyValueStore, tab: KeyValueStore): boolean {
  return keepsLibrary(local) || [FIGURES_PREFIX, FILE_PREFIX].some((p) => local.keys(p).length > 0) || tab.get(SESSION_KEY) !== null;
}
