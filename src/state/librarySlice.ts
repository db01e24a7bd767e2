import type { StateCreator } from 'zustand';
import type { SavedScenario } from '../core/scenario/library';
import { opened } from './open';
import type { MemberNote } from '../core/scenario/scenario';
import type { LibraryActions, LibraryState, Store } from './types';

export const initialLibrary = (): LibraryState => ({
  library: [],
  openId: null,
  undo: null,
  libraryNotice: null,
  kept: [],
});

const now = () => new Date().toISOString();
const newId = () => globalThis.crypto.randomUUID();
const stamp = (scenario: SavedScenario['scenario'], id = newId()): SavedScenario => ({ id, scenario, createdAt: now(), updatedAt: now() });

/** The saved scenarios. Persistence and other tabs are handled by persistence.ts, not here. */
export const createLibrarySlice: StateCreator<Store, [], [], LibraryState & LibraryActions> = (set, get) => ({
  ...initialLibrary(),
  scenarioSaved: (name) => {
    const item = stamp({ ...get().scenario, name });
    set((s) => ({ library: [item, ...s.library], openId: item.id, scenario: item.scenario, origin: item.scenario }));
  },
  scenarioUpdated: () =>
    set((s) => ({
      library: s.library.map((x) => (x.id === s.openId ? { ...x, scenario: s.scenario, updatedAt: now() } : x)),
      origin: s.scenario,
    })),
  savedOpened: (id) => {
    const item = get().library.find((x) => x.id === id);
    if (item) set((s) => opened(s, { scenario: item.scenario, openId: id, presetId: null }));
  },
  savedRenamed: (id, name) =>
    set((s) => ({
      library: s.library.map((x) => (x.id === id ? { ...x, scenario: { ...x.scenario, name }, updatedAt: now() } : x)),
      scenario: s.openId === id ? { ...s.scenario, name } : s.scenario,
    })),
  savedDuplicated: (id) =>
    set((s) => {
      const i = s.library.findIndex((x) => x.id === id);
      const src = s.library[i];
      if (!src) return {};
      const copy = stamp({ ...src.scenario, name: `${src.scenario.name ?? 'Untitled'} (copy)` });
      return { library: [...s.library.slice(0, i + 1), copy, ...s.library.slice(i + 1)] };
    }),
  savedDeleted: (id) =>
    set((s) => {
      const index = s.library.findIndex((x) => x.id === id);
      const item = s.library[index];
      if (!item) return {};
      const { [id]: _draft, ...drafts } = s.drafts;
      return { library: s.library.filter((x) => x.id !== id), undo: { item, index }, openId: s.openId === id ? null : s.openId, drafts };
    }),
  savedMoved: (id, toIndex) =>
    set((s) => {
      const from = s.library.findIndex((x) => x.id === id);
      const to = Math.max(0, Math.min(s.library.length - 1, Math.trunc(toIndex)));
      if (from < 0 || from === to) return {};
      const rest = s.library.filter((x) => x.id !== id);
      return { library: [...rest.slice(0, to), s.library[from]!, ...rest.slice(to)] };
    }),
  deletionUndone: () =>
    set((s) => {
      if (!s.undo) return {};
      const { item, index } = s.undo;
      return { library: [...s.library.slice(0, index), item, ...s.library.slice(index)], undo: null };
    }),
  savedImported: (incoming, notice) => set((s) => ({ library: [...incoming, ...s.library], libraryNotice: notice ?? s.libraryNotice })),
  libraryLoaded: (library) => set({ library }),
  libraryNoticeShown: (notice) => set({ libraryNotice: notice }),
  keptListed: (kept) => set({ kept }),
  keptDeleted: (key) => set((s) => ({ kept: s.kept.filter((k) => k.key !== key) })),
  libraryNoticeDismissed: () => set({ libraryNotice: null }),
  nameSet: (name) => set((s) => ({ scenario: { ...s.scenario, name } })),
  noteSet: (note) => set((s) => ({ scenario: { ...s.scenario, note } })),
  // Writing a note (or editing it) records the member's position now: the note fits it again.
  memberNoteSet: (code, text) =>
    set((s) => {
      const position = s.scenario.positions[code] ?? 'undecided';
      const memberNotes: Record<string, MemberNote | undefined> = { ...s.scenario.memberNotes, [code]: { text, position } };
      if (!text) delete memberNotes[code];
      return { scenario: { ...s.scenario, memberNotes } };
    }),
});
