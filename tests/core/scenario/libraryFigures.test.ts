import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { receivedFigures } from '../../../src/core/data/carriedFigures';
import { DATASETS, setAddedDatasets } from '../../../src/core/data/datasets';
import { LIBRARY_VERSION, libraryFile, parseImport, scenarioFile, type Library } from '../../../src/core/scenario/library';
import { uniformScenario } from '../../../src/core/scenario/scenario';
import { added2031, other2031, vote } from './figuresFixtures';

const ROOT = resolve(__dirname, '../../..');
const saved = (id: string, scenario = vote()) => ({ id, scenario, createdAt: '2031-01-01T00:00:00.000Z', updatedAt: '2031-01-02T00:00:00.000Z' });
const lib: Library = { version: LIBRARY_VERSION, scenarios: [saved('a'), saved('b', uniformScenario('council-2025', 'no'))] };

/** Files as the sender's app writes them: the sender has the 2031 figures. */
const sent = <T>(f: () => T): T => {
  setAddedDatasets([added2031]);
  try {
    return f();
  } finally {
    setAddedDatasets([]);
  }
};

afterEach(() => setAddedDatasets([]));

/** What the receiving app makes of a file's table: its own label, confidence and note. */
const fromFile = { ...added2031, label: 'Council 2031 (EU-27)', provenance: { ...added2031.provenance, confidence: 'medium' as const, note: 'Came with a file; who made it cannot be known. Not compared with the Official Journal.' } };

describe('scenario and library files with figures the user added', () => {
  it('a library file carries every added table and imports into an empty receiver', () => {
    const file = sent(() => libraryFile(lib));
    expect(JSON.parse(file).figures.map((f: { id: string }) => f.id)).toEqual(['added-2031-01-01']);
    const r = parseImport(file, DATASETS);
    expect(r).toEqual({ ok: true, value: { kind: 'library', library: lib, figures: [{ dataset: fromFile, relation: 'new' }] } });
  });

  it('a library file carries added tables that no scenario uses (it is also a backup)', () => {
    const file = sent(() => libraryFile({ version: LIBRARY_VERSION, scenarios: [] }));
    const r = parseImport(file, DATASETS);
    expect(r.ok && r.value.figures.map((f) => f.dataset.id)).toEqual(['added-2031-01-01']);
  });

  it('a scenario file carries its figures; one on shipped figures carries none', () => {
    const file = sent(() => scenarioFile(vote()));
    expect(parseImport(file, DATASETS)).toEqual({ ok: true, value: { kind: 'scenario', scenario: vote(), figures: [{ dataset: fromFile, relation: 'new' }] } });
    expect(JSON.parse(sent(() => scenarioFile(uniformScenario('council-2025', 'no'))))).not.toHaveProperty('figures');
  });

  it('the receiver’s identical table is used', () => {
    const theirs = receivedFigures(added2031, 'file', '2031-02-01');
    const r = parseImport(sent(() => libraryFile(lib)), [...DATASETS, theirs]);
    expect(r.ok && r.value.figures).toEqual([{ dataset: theirs, relation: 'same' }]);
  });

  it('conflicting figures refuse the whole file, naming both tables', () => {
    const r = parseImport(sent(() => libraryFile(lib)), [...DATASETS, other2031]);
    expect(r.ok ? '' : r.error.message).toMatch(/^The population figures in this file \(Council 2031 \(EU-27\) \(2031-01-01 to 2031-12-31, Council Decision \(EU, Euratom\) 2030\/9999\)\) differ from your figures under the same name, .*Yours were kept; to use the others, remove yours first\.$/);
  });

  it('two tables in one file whose periods overlap refuse the file, saying so and naming both', () => {
    const file = JSON.parse(sent(() => libraryFile(lib)));
    const july = { ...file.figures[0], id: 'added-2031-07-01', label: 'Council 2031 (EU-27, from 2031-07-01), added by you', period: { from: '2031-07-01', to: '2031-12-31' } };
    const r = parseImport(JSON.stringify({ ...file, figures: [file.figures[0], july] }), DATASETS);
    expect(r).toMatchObject({ ok: false, error: { path: 'figures[1]' } });
    expect(r.ok ? '' : r.error.message).toBe(
      'Two tables in this file overlap: Council 2031 (EU-27) (2031-01-01 to 2031-12-31, Council Decision (EU, Euratom) 2030/9999) and Council 2031 (EU-27, from 2031-07-01) (2031-07-01 to 2031-12-31, Council Decision (EU, Euratom) 2030/9999); one table is in force per day, so nothing was used.',
    );
  });

  it('damaged, repeated or malformed figures are named', () => {
    const file = JSON.parse(sent(() => libraryFile(lib)));
    const damaged = { ...file, figures: [{ ...file.figures[0], total: 5 }] };
    expect(parseImport(JSON.stringify(damaged), DATASETS)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The population figures in this file are damaged \(total is 5 but the members add up to \d+\), so nothing was used\.$/) } });
    const twice = { ...file, figures: [file.figures[0], file.figures[0]] };
    expect(parseImport(JSON.stringify(twice), DATASETS)).toMatchObject({ ok: false, error: { message: 'The file lists the population figures "added-2031-01-01" twice.' } });
    expect(parseImport(JSON.stringify({ ...file, figures: {} }), DATASETS)).toMatchObject({ ok: false, error: { message: 'The population figures in the file must be a list of tables.' } });
  });

  it('a file without its figures names the unknown figures, as before', () => {
    const file = JSON.parse(sent(() => scenarioFile(vote())));
    const { figures: _f, ...bare } = file;
    expect(parseImport(JSON.stringify(bare), DATASETS)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^In the scenario: Unknown dataset "added-2031-01-01"/) } });
  });

  it('old files still import: a version-1 library and a stored added table from an earlier version', () => {
    const v1 = { format: 'council-vote-library', version: 1, scenarios: [{ ...saved('a', uniformScenario('council-2020', 'yes')), scenario: { ...uniformScenario('council-2020', 'yes'), memberNotes: { DE: 'Yes.' } } }] };
    const r = parseImport(JSON.stringify(v1), DATASETS);
    expect(r.ok && r.value.kind === 'library' && r.value.library.scenarios[0]!.scenario.memberNotes).toEqual({ DE: { text: 'Yes.', position: 'yes' } });
    expect(r.ok && r.value.figures).toEqual([]);
    // A version-2 file with figures, as the data/datasets format (the CLI's --figures file).
    const stored = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/figures/added-2031.json'), 'utf8'));
    const withStored = { format: 'council-vote-scenario', version: 2, scenario: vote(), figures: [stored] };
    const s = parseImport(JSON.stringify(withStored), DATASETS);
    expect(s.ok && s.value.figures[0]!.relation).toBe('new');
  });
});
