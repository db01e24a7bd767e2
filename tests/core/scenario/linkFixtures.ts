/** Scenarios and links shared by the share-link tests: real encoded links to mutate. */
import fc from 'fast-check';
import { DATASETS, findDataset } from '../../../src/core/data/datasets';
import { POSITIONS, RULE_IDS } from '../../../src/core/rules/vote';
import type { Scenario } from '../../../src/core/scenario/scenario';

export const councils = DATASETS.filter((d) => d.role === 'council');

const text = (maxLength: number) => fc.string({ minLength: 1, maxLength, unit: fc.constantFrom('a', 'é', ' ', '&', '=', '%', '#', '+', '"', '€', '😀', 'Z', '\n') });

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    dataset: fc.constantFrom(...councils),
    rule: fc.constantFrom(...RULE_IDS),
    seed: fc.array(fc.constantFrom(...POSITIONS), { minLength: 28, maxLength: 28 }),
    name: fc.option(fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), text(40)), { nil: undefined }),
    note: fc.option(fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), text(200)), { nil: undefined }),
    noteOnFirst: fc.option(text(30), { nil: undefined }),
  })
  .map(({ dataset, rule, seed, name, note, noteOnFirst }) => ({
    datasetId: dataset.id,
    rule,
    positions: Object.fromEntries(dataset.members.map((m, i) => [m.code, seed[i]!])),
    ...(name ? { name } : {}),
    ...(note ? { note } : {}),
    // Written for the member's own position, as a note in an old link is read.
    ...(noteOnFirst ? { memberNotes: { [dataset.members[0]!.code]: { text: noteOnFirst, position: seed[0]! } } } : {}),
  }));

const LETTER = { yes: 'y', no: 'n', abstain: 'a', absent: 'p', undecided: 'u' } as const;

/** A link exactly as version 2 of the app wrote it (links shared before must still open). */
export function v2Link(s: Scenario): string {
  const ds = findDataset(s.datasetId);
  if (!ds.ok) throw new Error(ds.error.message);
  const letters = ds.value.members.map((m) => LETTER[s.positions[m.code] ?? 'undecided']).join('');
  const params = new URLSearchParams({ v: '2', d: s.datasetId, r: s.rule, p: letters });
  if (s.name) params.set('n', s.name);
  if (s.note) params.set('t', s.note);
  // Version 2 notes were plain text.
  if (s.memberNotes && Object.keys(s.memberNotes).length) params.set('m', JSON.stringify(Object.fromEntries(Object.entries(s.memberNotes).map(([c, n]) => [c, n?.text]))));
  return params.toString();
}

/** A scenario as the Council's working parties write them: a name, a note and a few member notes. */
export const TYPICAL: Scenario = {
  datasetId: 'council-2025' as Scenario['datasetId'],
  rule: 'qmv',
  positions: Object.fromEntries(
    ['BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE', 'EL', 'ES', 'FR', 'HR', 'IT', 'CY', 'LV', 'LT', 'LU', 'HU', 'MT', 'NL', 'AT', 'PL', 'PT', 'RO', 'SI', 'SK', 'FI', 'SE'].map((c) => [
      c,
      ['DE', 'PL', 'AT', 'NL'].includes(c) ? 'no' : c === 'CZ' ? 'abstain' : ['IE', 'SE', 'FR', 'ES'].includes(c) ? 'yes' : 'undecided',
    ]),
  ),
  name: 'CSA regulation — Coreper 8 October',
  note:
    'Presidency compromise of 3 October. Delegations to confirm positions at the working party on Thursday; ' +
    'the legal service opinion on Article 10 is expected before the meeting. Abstentions count against adoption.',
  memberNotes: {
    DE: { text: 'Coalition agreement: no to scanning of encrypted messages.', position: 'no' },
    FR: { text: 'Supports the compromise, with the review clause.', position: 'yes' },
    IT: { text: 'Minister to decide on Thursday.', position: 'undecided' },
  },
};
