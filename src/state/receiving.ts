/**
 * What arrives from outside the browser's own storage: a link in the address and an imported file of
 * scenarios. Both pass the gates (the link's decoder and the import reader, then the figures'
 * gate again through {@link storeReceived}) before the store's actions are given the result.
 * Figures the user did not have are kept as added figures (the same storage as "Add official
 * figures", so they are listed and removable), labelled with where they came from, and
 * announced with a notice. Loaded with what brings them (the link codec, the Import button),
 * never on the first screen.
 */
import { addedDatasetJson } from '../core/data/addedFigures';
import { admitFigures, receivedFigures, type CarriedFigures } from '../core/data/carriedFigures';
import type { Dataset } from '../core/data/dataset';
import { allDatasets } from '../core/data/datasets';
import { parseImport } from '../core/scenario/library';
import type { OpenedLink } from '../core/scenario/link';
import { ok, type Result } from '../core/result';
import { useStore } from './store';
import type { LinkNotice, Notice, Store } from './types';

type Via = 'link' | 'file';

/** The figures kept, and whether storing them reported a problem (storage full) that must stay on screen. */
export interface Received {
  readonly kept: readonly Dataset[];
  readonly reported: boolean;
}

/**
 * Stores the figures new to the user, all or none. They are checked again against the tables
 * known now: another tab may have added figures since the link or file was read.
 */
export function storeReceived(state: () => Store, carried: readonly CarriedFigures[], via: Via): Result<Received> {
  const fresh = carried.filter((c) => c.relation === 'new').map((c) => c.dataset);
  const where = via === 'link' ? 'the population figures in this link' : 'the population figures in this file';
  const still: Dataset[] = [];
  for (const ds of fresh) {
    const again = admitFigures(addedDatasetJson(ds), { via, where, known: allDatasets() });
    if (!again.ok) return again;
    if (again.value.relation === 'new') still.push(ds);
  }
  const today = new Date().toISOString().slice(0, 10);
  const kept = still.map((ds) => receivedFigures(ds, via, today));
  const shown = state().libraryNotice;
  for (const ds of kept) state().figuresAdded(ds);
  return ok({ kept, reported: state().libraryNotice !== shown });
}

/** The notice for figures a link brought, unless storing them reported a problem, which stays. */
export function linkFiguresNoticeOf(received: Received): { libraryNotice?: Notice } {
  return received.reported || !received.kept[0] ? {} : { libraryNotice: linkFiguresNotice(received.kept[0]) };
}

const names = (list: readonly Dataset[]) => list.map((d) => `${d.label} (${d.provenance.source})`).join('; ');

/** What the user is told about figures a link brought. */
export function linkFiguresNotice(ds: Dataset): Notice {
  const params = { label: ds.label, decision: ds.provenance.source };
  return {
    kind: 'info',
    text: `This link came with population figures you did not have: ${params.label} (${params.decision}). They are now kept with your figures, where you can remove them. Who made the link cannot be known: check the figures against that decision on EUR-Lex before relying on them.`,
    message: { key: 'notice.figuresFromLink', params },
  };
}

/** The sentence added to an import's notice when the file brought figures. */
export function fileFiguresMore(list: readonly Dataset[]): Pick<Notice, 'more' | 'text'> {
  const labels = names(list);
  return {
    text: `The file came with population figures you did not have: ${labels}. They are now kept with your figures, where you can remove them. Who made the file cannot be known: check the figures against the decision on EUR-Lex before relying on them.`,
    more: { key: 'notice.figuresFromFile', params: { labels } },
  };
}

const state = useStore.getState;

const refused = (why: string): LinkNotice => ({ kind: 'refused', message: `This link cannot be opened: ${why}` });

/** A link was read (by the core's decoder, which is asynchronous): opened, offered, or refused. */
export function linkOpened(decoded: Result<OpenedLink>): void {
  if (!decoded.ok) return state().linkNoticeShown({ kind: 'refused', message: decoded.error.message });
  const { scenario, damage, figures, unchecked } = decoded.value;
  if (damage?.kind === 'cut') return state().linkNoticeShown({ kind: 'cut', message: damage.message, offer: scenario, ...(figures ? { figures } : {}) });
  // The figures are stored first: the scenario's link and verdict look them up.
  const stored = storeReceived(state, figures ? [figures] : [], 'link');
  if (!stored.ok) return state().linkNoticeShown(refused(stored.error.message));
  const notice: LinkNotice | null = unchecked
    ? { kind: 'old', message: [damage?.message, unchecked.message].filter(Boolean).join(' '), members: unchecked.members, notes: unchecked.notes, ...(damage ? { lost: damage.message } : {}) }
    : damage
      ? { kind: 'partial', message: damage.message }
      : null;
  state().linkScenarioOpened(scenario, notice, linkFiguresNoticeOf(stored.value).libraryNotice);
}

/** The user opens what survived of a cut link. */
export function linkOfferTaken(): void {
  const offer = state().linkError;
  if (offer?.kind !== 'cut') return;
  const stored = storeReceived(state, offer.figures ? [offer.figures] : [], 'link');
  if (!stored.ok) return state().linkNoticeShown(refused(stored.error.message));
  state().linkScenarioOpened(offer.offer, null, linkFiguresNoticeOf(stored.value).libraryNotice);
}

const newId = () => globalThis.crypto.randomUUID();

/** An exported scenario or library, read and added to the saved scenarios: all or nothing. */
export function fileImported(text: string): void {
  const failed = (reason: string): Notice => ({ kind: 'error', text: `Nothing was imported. ${reason}`, message: { key: 'notice.importFailed', params: { reason } } });
  const r = parseImport(text);
  if (!r.ok) return state().libraryNoticeShown(failed(r.error.message));
  // The figures are checked again before any is stored, and stored before the scenarios that use them.
  const figures = storeReceived(state, r.value.figures, 'file');
  if (!figures.ok) return state().libraryNoticeShown(failed(figures.error.message.charAt(0).toUpperCase() + figures.error.message.slice(1)));
  const { kept, reported } = figures.value;
  const more = kept.length ? fileFiguresMore(kept) : undefined;
  const taken = new Set(state().library.map((x) => x.id));
  const now = new Date().toISOString();
  const incoming =
    r.value.kind === 'scenario'
      ? [{ id: newId(), scenario: r.value.scenario, createdAt: now, updatedAt: now }]
      : r.value.library.scenarios.map((x) => (taken.has(x.id) ? { ...x, id: newId() } : x));
  // A problem storing the figures (storage full) stays on screen rather than "Imported".
  const notice: Notice | null = reported
    ? null
    : {
        kind: 'info',
        text: `Imported ${incoming.length} scenario${incoming.length === 1 ? '' : 's'}.${more ? ` ${more.text}` : ''}`,
        message: { plural: 'notice.imported', n: incoming.length },
        ...(more?.more ? { more: more.more } : {}),
      };
  state().savedImported(incoming, notice);
}
