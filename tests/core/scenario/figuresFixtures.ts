/** Figures a user added (the 2031 fixture), a conflicting table under the same id, and a vote on them. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addedDatasetOf } from '../../../src/core/data/annexFigures';
import type { Dataset } from '../../../src/core/data/dataset';
import { DATASETS } from '../../../src/core/data/datasets';
import { uniformScenario, type Scenario } from '../../../src/core/scenario/scenario';

const ROOT = resolve(__dirname, '../../..');
export const added2031: Dataset = (() => {
  const text = readFileSync(join(ROOT, 'tests/fixtures/annex/fictitious-2031-en.txt'), 'utf8');
  const r = addedDatasetOf(text, { from: '2031-01-01', decision: 'Council Decision (EU, Euratom) 2030/9999', addedOn: '2030-12-20' }, DATASETS);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

/** The same id with two members' figures swapped: same total, other figures. */
export const other2031: Dataset = (() => {
  const [a, b, ...rest] = added2031.members;
  return { ...added2031, label: 'Council 2031 (EU-27), added by you', members: [{ ...a!, population: b!.population }, { ...b!, population: a!.population }, ...rest] };
})();

export const vote = (): Scenario => {
  const s = uniformScenario('council-2025', 'yes');
  const positions = { ...s.positions, DE: 'no', FR: 'no', IT: 'no', PL: 'no', NL: 'abstain' } as Scenario['positions'];
  return { datasetId: added2031.id, rule: 'qmv', positions, name: 'Figures of 2031', memberNotes: { DE: { text: 'Against.', position: 'no' } } };
};
