/**
 * The datasets shipped in data/datasets, validated once at load. A shipped file that fails
 * validation is a build defect, so this throws with the file and field named.
 */
import { quote } from '../format';
import { DATASET_FILES } from '../../../data/index';
import { parseDataset, votersOf, type Dataset, type DatasetId } from './dataset';
import { ordinal } from '../order';
import { err, ok, type Result } from '../result';
import type { Electorate } from '../rules/evaluate';

/** Council tables first, newest first; then the candidate countries. */
const newestFirst = (a: Dataset, b: Dataset) => (a.role === b.role ? ordinal(b.period.from, a.period.from) : a.role === 'council' ? -1 : 1);

export const DATASETS: readonly Dataset[] = Object.entries(DATASET_FILES).map(([file, raw]) => {
  const parsed = parseDataset(raw, file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}).sort(newestFirst);

/**
 * The shipped datasets and `added` ones (official figures the user added), in the same order.
 * @example datasetsWith([council2027]).find((d) => d.role === 'council') // council2027
 */
export function datasetsWith(added: readonly Dataset[]): readonly Dataset[] {
  return added.length === 0 ? DATASETS : [...DATASETS, ...added.filter((a) => !DATASETS.some((d) => d.id === a.id))].sort(newestFirst);
}

/**
 * Figures the user added, findable by every lookup below (restore, links, presets, print). The
 * core never reads storage: the state layer hands the list over at start-up and on every change.
 */
let added: readonly Dataset[] = [];

/** Replaces the added datasets known to {@link findDataset} and {@link allDatasets}. */
export function setAddedDatasets(list: readonly Dataset[]): void {
  added = [...list];
}

/** The shipped datasets and those the user added. */
export function allDatasets(): readonly Dataset[] {
  return datasetsWith(added);
}

/** The newest Council figures: a newly imported year becomes the default without further edits. */
export const DEFAULT_DATASET_ID: DatasetId = (() => {
  const newest = DATASETS.find((d) => d.role === 'council');
  if (!newest) throw new Error('No Council dataset is shipped.');
  return newest.id;
})();

/**
 * The dataset with this id: shipped, added, or one of `extra` (figures that came with a link or
 * file and are not stored yet), or `dataset.unknown` naming the known ids.
 * @example findDataset('council-2025') // ok(Council 2025)
 */
export function findDataset(id: string, extra: readonly Dataset[] = []): Result<Dataset> {
  const found = DATASETS.find((d) => d.id === id) ?? extra.find((d) => d.id === id) ?? added.find((d) => d.id === id);
  if (found) return ok(found);
  const known = allDatasets().map((d) => d.id).join(', ');
  return err({ code: 'dataset.unknown', message: `Unknown dataset ${quote(id)} (known: ${known}).` });
}

/** All members of a Council dataset vote; the Union total is the dataset's total. */
export function electorateOf(dataset: Dataset): Electorate {
  return { voters: votersOf(dataset.members), total: dataset.total };
}
