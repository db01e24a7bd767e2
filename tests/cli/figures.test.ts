/**
 * --figures FILE (an added dataset, as stored by the app) and --date (the table in force).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreAdded } from '../../src/core/data/addedFigures';
import { setAddedDatasets } from '../../src/core/data/datasets';
import { scenarioFile } from '../../src/core/scenario/library';
import { encodeLink } from '../../src/core/scenario/link';
import { uniformScenario, type Scenario } from '../../src/core/scenario/scenario';
import { cli, ensureBuilt } from './run';

const FIGURES = 'tests/fixtures/figures/added-2031.json';

beforeAll(() => ensureBuilt(), 300_000);

describe('council-vote --figures', () => {
  it('evaluates on an added dataset file', () => {
    const r = cli(`evaluate --rule qmv --no DE,FR,IT --figures ${FIGURES} --json`);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.dataset).toBe('added-2031-01-01');
    expect(out.verdict).toBeDefined();
  });

  it('lists the added dataset with the shipped ones', () => {
    const r = cli(`datasets --figures ${FIGURES} --json`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((d: { id: string }) => d.id)).toContain('added-2031-01-01');
  });

  it('refuses a file that is not a dataset, naming it', () => {
    const r = cli('evaluate --rule qmv --figures tests/fixtures/annex/en-tab.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--figures tests\/fixtures\/annex\/en-tab.txt is not JSON/);
    expect(cli('evaluate --rule qmv --figures nowhere.json').stderr).toMatch(/cannot read --figures nowhere.json: ENOENT/);
  });
});

describe('council-vote --date', () => {
  it('picks the table in force on that day', () => {
    const r = cli('evaluate --rule qmv --no DE --date 2020-06-01 --json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).dataset).toBe('council-2020');
  });

  it('picks an added table in force on that day', () => {
    expect(JSON.parse(cli(`evaluate --rule qmv --date 2031-03-01 --figures ${FIGURES} --json`).stdout).dataset).toBe('added-2031-01-01');
  });

  it('falls back to the nearest table with the members of that day, and says so', () => {
    const r = cli('evaluate --rule qmv --no DE --date 2019-06-01 --json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).dataset).toBe('council-2016');
    expect(r.stderr).toBe(
      'council-vote: note: no table in force on 2019-06-01; using council-2016 (2016-01-01 to 2016-12-31), the nearest with the 28 members of the Union on that date\n',
    );
    expect(JSON.parse(cli('evaluate --rule qmv --date 2026-11-20 --json').stdout).dataset).toBe('council-2025');
  });

  it('refuses a malformed day, and --date with --dataset', () => {
    expect(cli('evaluate --rule qmv --date 2026-02-30').stderr).toMatch(/--date must be a calendar day YYYY-MM-DD \(found "2026-02-30"\)/);
    expect(cli('evaluate --rule qmv --date 2025-01-01 --dataset council-2025').stderr).toMatch(/give --dataset or --date, not both/);
  });
});

describe('council-vote --link and --scenario with figures added in the app', () => {
  it('evaluate on the figures the link or file carries, as --figures does', async () => {
    const ds = restoreAdded(JSON.parse(readFileSync(FIGURES, 'utf8')), FIGURES);
    if (!ds.ok) throw new Error(ds.error.message);
    setAddedDatasets([ds.value]);
    const all = uniformScenario('added-2031-01-01', 'yes');
    const s = { ...all, positions: { ...all.positions, DE: 'no', FR: 'no', IT: 'no', PL: 'no' } } as Scenario;
    const link = await encodeLink(s);
    const file = join(mkdtempSync(join(tmpdir(), 'scenario-')), 'scenario.json');
    writeFileSync(file, scenarioFile(s));
    setAddedDatasets([]);
    const expected = JSON.parse(cli(`evaluate --rule qmv --no DE,FR,IT,PL --others yes --figures ${FIGURES} --json`).stdout);
    const byLink = cli(`evaluate --link #${link} --json`);
    expect(byLink.stderr).toBe('');
    expect(JSON.parse(byLink.stdout)).toEqual(expected);
    const byFile = cli(`evaluate --scenario ${file} --json`);
    expect(byFile.stderr).toBe('');
    expect(JSON.parse(byFile.stdout)).toEqual(expected);
    // Other figures under the same id, given with --figures: refused, naming both.
    const raw = JSON.parse(readFileSync(FIGURES, 'utf8'));
    const [a, b, ...rest] = raw.members;
    const other = join(mkdtempSync(join(tmpdir(), 'figures-')), 'other.json');
    writeFileSync(other, JSON.stringify({ ...raw, members: [{ ...a, population: b.population }, { ...b, population: a.population }, ...rest] }));
    const refused = cli(`evaluate --link #${link} --figures ${other}`);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^council-vote: the link in --link cannot be opened: the population figures in this link \(Council 2031 .*\) differ from your figures under the same name, Council 2031/);
  });
});
