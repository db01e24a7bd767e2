import type { StateCreator } from 'zustand';
import { isCalendarDay } from '../core/data/period';
import type { Result } from '../core/result';
import { renamed, withoutSnapshot, withSnapshot, type Dossier } from '../core/scenario/dossier';
import { opened } from './open';
import type { FilesActions, FilesState } from './filesTypes';
import type { Store } from './types';

export const initialFiles = (): FilesState => ({ files: [], filesNotice: null, filesUndo: null });

const now = () => new Date().toISOString();
const newId = () => globalThis.crypto.randomUUID();

/** The user's files of snapshots. Storage and other tabs are handled by filesStorage.ts, not here. */
export const createFilesSlice: StateCreator<Store, [], [], FilesState & FilesActions> = (set, get) => {
  const change = (fileId: string, f: (d: Dossier) => Dossier) => set((s) => ({ files: s.files.map((d) => (d.id === fileId ? f(d) : d)) }));
  return {
    ...initialFiles(),
    filesLoaded: (files) => set({ files }),
    snapshotAdded: (target, date) => {
      if (!isCalendarDay(date)) return null;
      const t = now();
      const snapshot = { id: newId(), date, scenario: get().scenario };
      if ('fileId' in target) {
        if (!get().files.some((d) => d.id === target.fileId)) return null;
        change(target.fileId, (d) => withSnapshot(d, snapshot, t));
        return target.fileId;
      }
      const name = target.name.trim();
      if (!name) return null;
      const file: Dossier = { id: newId(), name, snapshots: [snapshot], createdAt: t, updatedAt: t };
      set((s) => ({ files: [...s.files, file] }));
      return file.id;
    },
    snapshotRemoved: (fileId, snapshotId) =>
      set((s) => {
        const index = s.files.findIndex((d) => d.id === fileId);
        const file = s.files[index];
        if (!file) return {};
        return { files: s.files.map((d) => (d.id === fileId ? withoutSnapshot(d, snapshotId, now()) : d)), filesUndo: { file, index, what: 'snapshot' } };
      }),
    fileRenamed: (fileId, name) => change(fileId, (d) => renamed(d, name, now())),
    fileDeleted: (fileId) =>
      set((s) => {
        const index = s.files.findIndex((d) => d.id === fileId);
        const file = s.files[index];
        return file ? { files: s.files.filter((d) => d.id !== fileId), filesUndo: { file, index, what: 'file' } } : {};
      }),
    removalUndone: () =>
      set((s) => {
        const u = s.filesUndo;
        if (!u) return {};
        const others = s.files.filter((d) => d.id !== u.file.id);
        return { files: [...others.slice(0, u.index), u.file, ...others.slice(u.index)], filesUndo: null };
      }),
    dossierImported: (r: Result<Dossier>) => {
      if (!r.ok) {
        set({ filesNotice: { kind: 'error', message: { key: 'files.importRefused' }, detail: r.error.message } });
        return null;
      }
      // An import never replaces a file: a file imported twice is there twice, under a new id.
      const file = get().files.some((d) => d.id === r.value.id) ? { ...r.value, id: newId() } : r.value;
      set((s) => ({ files: [...s.files, file], filesNotice: { kind: 'info', message: { plural: 'files.imported', n: file.snapshots.length, params: { name: file.name } } } }));
      return file.id;
    },
    dossierLinkOpened: (decoded) => {
      if (!decoded.ok) return get().libraryNoticeShown({ kind: 'error', text: decoded.error.message, message: { key: 'files.linkRefused', params: { why: decoded.error.message.replace(/^This link to a file cannot be opened: /, '') } } });
      const file = get().files.some((d) => d.id === decoded.value.id) ? { ...decoded.value, id: newId() } : decoded.value;
      set((s) => ({ files: [...s.files, file] }));
      get().libraryNoticeShown({ kind: 'info', text: `The file “${file.name}” from the link is now among your files (Files followed over time).`, message: { key: 'files.linkOpened', params: { name: file.name } } });
    },
    filesNoticeDismissed: () => set({ filesNotice: null }),
    snapshotOpened: (scenario, presetId) => set((s) => opened(s, { scenario, openId: null, presetId: presetId ?? null })),
  };
};
