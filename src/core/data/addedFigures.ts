/**
 * Official figures the user added in the app, as stored and carried: read back through the one
 * gate, and written as a dataset file. Adding them (the Annex III reader) is ./annexFigures.ts.
 */
import { err, type Result } from '../result';
import type { Dataset } from './dataset';
import { tableOf } from './figuresGate';

export { ADDED_PREFIX, EUR_LEX, clashOf, type Clash } from './figuresGate';

/**
 * Added datasets read back from storage, through the one gate ({@link tableOf}) with the
 * limits they were admitted under.
 * @example restoreAdded(JSON.parse(stored), 'council-vote.figures.added-2027-01-01')
 */
export function restoreAdded(raw: unknown, where: string): Result<Dataset> {
  const ds = tableOf(raw, 'stored');
  return ds.ok ? ds : err({ code: 'dataset.invalid', message: `${where}: ${ds.error.text}.` });
}

/** The JSON of a dataset file (format 1, like data/datasets/*.json) for an added dataset. */
export function addedDatasetJson(ds: Dataset): object {
  return {
    formatVersion: 1,
    id: ds.id,
    label: ds.label,
    role: ds.role,
    period: ds.period,
    figures: ds.figures,
    total: ds.total,
    members: ds.members.map((m) => (ds.figures === 'persons' ? { code: m.code, population: m.population } : { code: m.code, percentage: ((m.shareBasisPoints ?? 0) / 100).toFixed(2) })),
    provenance: ds.provenance,
    outdated: ds.outdated,
  };
}
