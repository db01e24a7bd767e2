/**
 * Figures that came with a link or an imported file and that the user did not have: kept as
 * added figures (the same storage as "Add official figures", so they are listed and removable),
 * labelled with where they came from, and announced with a notice.
 */
import { addedDatasetJson } from '../core/data/addedFigures';
import { admitFigures, receivedFigures, type CarriedFigures } from '../core/data/carriedFigures';
import type { Dataset } from '../core/data/dataset';
import { allDatasets } from '../core/data/datasets';
import { ok, type Result } from '../core/result';
import type { Notice, Store } from './types';

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
