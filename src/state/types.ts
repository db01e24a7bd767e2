import type { CountryCode } from '../core/rules/countries';
import type { ParticipationPreset } from '../core/rules/participation';
import type { Scenario } from '../core/scenario/scenario';
import type { SavedScenario } from '../core/scenario/library';
import type { Position, RuleId } from '../core/rules/vote';
import type { ExerciseId } from '../core/teach/exercises';
import type { ThresholdTexts } from '../core/analysis/whatIf';
import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/en';
import type { Params, PluralKey } from '../i18n/translator';
import type { Dataset } from '../core/data/dataset';
import type { CarriedFigures } from '../core/data/carriedFigures';
import type { History } from './history';
import type { FilesActions, FilesState } from './filesTypes';

export type MemberOrder = 'protocol' | 'population' | 'name';
/** How the members are shown for editing: the list of radio groups, the tile map, or the compact table (all 27 on one screen). */
export type MemberView = 'list' | 'map' | 'table';

/**
 * A link that did not open exactly: `refused` (the scenario on screen was kept), `partial` (it
 * opened without the parts named), `old` (an old format, which cannot be checked, opened) or `cut` (what survived is offered; the scenario on screen
 * stays until the offer is taken).
 */
export type LinkNotice =
  | { readonly kind: 'refused' | 'partial'; readonly message: string }
  /** An old-format link (no checksum) opened: what it held, and `lost`, the parts it lost, if any. */
  | { readonly kind: 'old'; readonly message: string; readonly members: number; readonly notes: boolean; readonly lost?: string }
  | { readonly kind: 'cut'; readonly message: string; readonly offer: Scenario; readonly figures?: CarriedFigures };

export interface ScenarioState {
  readonly scenario: Scenario;
  /** What went wrong with the last link opened (see {@link LinkNotice}). */
  readonly linkError: LinkNotice | null;
  /** The preset the scenario on screen was opened from (an editable copy), if any. */
  readonly presetId: string | null;
  /** The scenario as it was opened or saved: the screen is edited while it is another object. */
  readonly origin: Scenario;
  /** Unsaved changes to saved scenarios, by saved id, kept when another scenario was opened. */
  readonly drafts: Readonly<Record<string, Scenario>>;
  /** What opening the scenario on screen did to the one before it. */
  readonly editNotice: { readonly kind: 'draftRestored' | 'replaced' } | null;
  /** Undo and redo (see history.ts). */
  readonly history: History;
}

export interface ScenarioActions {
  positionSet(code: CountryCode, position: Position): void;
  allPositionsSet(position: Position): void;
  /** Positions pasted in one go (see pastePositions.ts): one step to undo. */
  positionsPasted(positions: Readonly<Partial<Record<CountryCode, Position>>>): void;
  ruleChosen(rule: RuleId): void;
  datasetChosen(datasetId: string): void;
  /**
   * The date of the vote (YYYY-MM-DD): the figures switch to the table of that date (in force,
   * else the nearest) and the members to those of the date. '' removes the date, keeping the
   * figures; a date the app cannot place is ignored.
   */
  dateChosen(date: string): void;
  participationApplied(preset: ParticipationPreset): void;
  /** What went wrong with a link (see receiving.ts, which reads links). */
  linkNoticeShown(notice: LinkNotice): void;
  /** The scenario of a link replaces the screen, with what to say about the link and its figures. */
  linkScenarioOpened(scenario: Scenario, notice: LinkNotice | null, libraryNotice: Notice | undefined): void;
  linkErrorDismissed(): void;
  presetOpened(scenario: Scenario, presetId: string): void;
  /** Back to the saved version of the scenario on screen (a step that Undo reverses). */
  savedReverted(): void;
  editNoticeDismissed(): void;
  draftsLoaded(drafts: Readonly<Record<string, Scenario>>): void;
  undone(): void;
  redone(): void;
  historyLoaded(history: History): void;
}

export interface UiState {
  readonly order: MemberOrder;
  readonly view: MemberView;
  /** Full-screen presentation for a projector; the editing screen is not shown meanwhile. */
  readonly presenting: boolean;
  /** The "Explain this result" panel is open. */
  readonly explaining: boolean;
  /** The guided exercise in progress, if any. */
  readonly exercise: ExerciseId | null;
  /** What the next print shows: the scenario on screen, or every saved scenario, a page each. */
  readonly printScope: 'current' | 'library';
  /** The interface language; set only once its messages are loaded (see language.ts). */
  readonly locale: Locale;
}

export interface UiActions {
  orderChosen(order: MemberOrder): void;
  viewChosen(view: MemberView): void;
  presentationEntered(): void;
  presentationLeft(): void;
  explanationToggled(open: boolean): void;
  /** Starts an exercise from its starting scenario (see exerciseStart), which replaces the one on screen. */
  exerciseStarted(id: ExerciseId, start: Scenario): void;
  exerciseLeft(): void;
  printScopeChosen(scope: UiState['printScope']): void;
  localeChosen(locale: Locale): void;
}

export interface Notice {
  readonly kind: 'info' | 'error';
  /** The notice in English (tests, logs). */
  readonly text: string;
  /** The same notice as a translatable message, shown in the language on screen. */
  readonly message?: { readonly key: MessageKey; readonly params?: Params } | { readonly plural: PluralKey; readonly n: number };
  /** A second sentence, shown after the first (an import that also brought population figures). */
  readonly more?: { readonly key: MessageKey; readonly params?: Params };
}

export interface LibraryState {
  readonly library: readonly SavedScenario[];
  /** The saved scenario on screen, which "Save changes" updates. */
  readonly openId: string | null;
  /** The last deleted scenario, until undone or replaced. */
  readonly undo: { readonly item: SavedScenario; readonly index: number } | null;
  readonly libraryNotice: Notice | null;
  /** Stored data that could not be read, kept aside byte for byte until the user deletes it; oldest first. */
  readonly kept: readonly KeptCopy[];
}

export interface KeptCopy {
  /** Where the copy is stored. */
  readonly key: string;
  /** Where the data was found. */
  readonly from: string;
  readonly keptAt: string;
  /** Why it could not be read. */
  readonly why: string;
  /** The data exactly as it was found. */
  readonly text: string;
}

export interface LibraryActions {
  scenarioSaved(name: string): void;
  scenarioUpdated(): void;
  savedOpened(id: string): void;
  savedRenamed(id: string, name: string): void;
  savedDuplicated(id: string): void;
  savedDeleted(id: string): void;
  /** The saved scenario moves to `toIndex` in the library (the order the presentation plays). */
  savedMoved(id: string, toIndex: number): void;
  deletionUndone(): void;
  /** Scenarios read from an imported file (see receiving.ts) go first; `notice` null keeps the one shown. */
  savedImported(incoming: readonly SavedScenario[], notice: Notice | null): void;
  libraryLoaded(library: readonly SavedScenario[]): void;
  libraryNoticeShown(notice: Notice): void;
  keptListed(kept: readonly KeptCopy[]): void;
  keptDeleted(key: string): void;
  libraryNoticeDismissed(): void;
  nameSet(name: string): void;
  noteSet(note: string): void;
  memberNoteSet(code: CountryCode, text: string): void;
}

/** The analysis what-if, as typed (see whatIfSlice.ts). */
export interface WhatIf {
  /** Candidate countries added, in the order added. */
  readonly added: readonly CountryCode[];
  /** Replaced populations by code, as typed (whole persons once valid). */
  readonly populations: Readonly<Record<string, string>>;
  /** The rule on screen, or the custom thresholds below. */
  readonly ruleMode: 'screen' | 'custom';
  readonly thresholds: ThresholdTexts;
}

export interface WhatIfState {
  readonly whatIf: WhatIf;
}

export interface WhatIfActions {
  candidateToggled(code: CountryCode, added: boolean): void;
  populationTyped(code: CountryCode, text: string): void;
  populationsReset(): void;
  whatIfRuleChosen(mode: WhatIf['ruleMode']): void;
  thresholdTyped(field: keyof ThresholdTexts, text: string): void;
  whatIfCleared(): void;
}

/** Official figures the user added (see figuresSlice.ts). */
export interface FiguresState {
  readonly addedDatasets: readonly Dataset[];
}

export interface FiguresActions {
  /** Read back from storage (start-up, another tab). */
  figuresLoaded(list: readonly Dataset[]): void;
  figuresAdded(dataset: Dataset): void;
  /**
   * Removes added figures: refused (returns the name of what uses them) while a saved scenario,
   * a draft or a snapshot of a file (`inFile`) uses them; the scenario on screen moves to the default figures, and undo steps
   * on the removed figures are dropped.
   */
  figuresRemoved(id: string): { ok: true } | { ok: false; usedBy: string; inFile?: true };
}

export type StoreState = ScenarioState & UiState & LibraryState & WhatIfState & FiguresState & FilesState;
export type Store = StoreState & ScenarioActions & UiActions & LibraryActions & WhatIfActions & FiguresActions & FilesActions;
