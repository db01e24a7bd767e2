import type { Dossier } from '../core/scenario/dossier';
import type { Scenario } from '../core/scenario/scenario';
import type { Result } from '../core/result';
import type { MessageKey } from '../i18n/en';
import type { Params, PluralKey } from '../i18n/translator';

/** The user's files followed over time (see filesSlice.ts); the shipped files are not state. */
export interface FilesState {
  readonly files: readonly Dossier[];
  /** What the last file action did (an import, a refusal), in the language on screen. */
  readonly filesNotice: {
    readonly kind: 'info' | 'error';
    readonly message: { readonly key: MessageKey } | { readonly plural: PluralKey; readonly n: number; readonly params: Params };
    /** The reason, in English, as the core's gate words it. */
    readonly detail?: string;
  } | null;
  /** The file as it was before the last removal (a snapshot or the whole file), until undone or replaced. */
  readonly filesUndo: { readonly file: Dossier; readonly index: number; readonly what: 'snapshot' | 'file' } | null;
}

export interface FilesActions {
  /** Read back from storage (start-up, another tab). */
  filesLoaded(files: readonly Dossier[]): void;
  /** The scenario on screen becomes a snapshot dated `date`, in a file or a new file of that name; returns the file's id. */
  snapshotAdded(target: { readonly fileId: string } | { readonly name: string }, date: string): string | null;
  snapshotRemoved(fileId: string, snapshotId: string): void;
  fileRenamed(fileId: string, name: string): void;
  fileDeleted(fileId: string): void;
  /** A file exported from this app, as the file gate read it (parseDossierFile): added as a new file (its id), or refused with the reason. */
  dossierImported(read: Result<Dossier>): string | null;
  filesNoticeDismissed(): void;
  /** A link to a file was read (by the core's decoder): the file is added as an imported one, or the refusal shown. */
  dossierLinkOpened(decoded: Result<Dossier>): void;
  /** Brings back what the last removal took (see filesUndo). */
  removalUndone(): void;
  /** A snapshot opened as the scenario on screen (a step that Undo reverses; edits never reach the file). */
  snapshotOpened(scenario: Scenario, presetId?: string): void;
}
