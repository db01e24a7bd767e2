/**
 * --figures FILE (an added dataset, as stored by the app) and --date (the table in force).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addedDatasetJson, restoreAdded } from '../../src/core/data/addedFigures';
import { addedDatasetOf } from '../../src/core/data/annexFigures';
import { DATASETS, setAddedDatasets } from '../../src/core/data/datasets';
import { scenarioFile } from '../../src/core/scenario/library';
import { encodeLink } from '../../src/core/scenario/link';
import { uniformScenario, type Scenario } from '../../src/core/scenario/scenario';
import { cli, ensureBuilt } from './run';
import { EU27, EU28, plain, tableJson, type Hostile } from '../core/data/hostileFigures';

const FIGURES = 'tests/fixtures/figures/added-2031.json';
const json2 = (line: string) => JSON.parse(cli(line).stdout);

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

describe('council-vote evaluate --vote with --figures', () => {
  /** A 2024 table as the app stores it. Test figures (the fictitious 2031 annex), not the real 2024 table. */
  const file2024 = () => {
    const text = readFileSync('tests/fixtures/annex/fictitious-2031-en.txt', 'utf8');
    const r = addedDatasetOf(text, { from: '2024-01-01', decision: 'Council Decision (test)', addedOn: '2024-01-02' }, DATASETS);
    if (!r.ok) throw new Error(r.error.message);
    const path = join(mkdtempSync(join(tmpdir(), 'figures-')), 'added-2024.json');
    writeFileSync(path, JSON.stringify(addedDatasetJson(r.value)));
    return path;
  };

  it('a reported vote uses the added table in force on its date, and says so', () => {
    const path = file2024();
    const r = cli(`evaluate --vote 2024-06-17-nature-restoration --figures ${path} --json`);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.dataset).toEqual({ id: 'added-2024-01-01', inForce: true, daysAway: 0 });
    expect(out.shares).toEqual({ published: 66.07, ours: 66.5, difference: 0.43, sameFigures: true, withinRounding: false });
    const text = cli(`evaluate --vote 2024-06-17-nature-restoration --figures ${path}`).stdout;
    // A table from --figures is labelled by the app, not by whoever wrote the file.
    expect(text).toContain('Population figures: Council 2024 (EU-27), in force on 2024-06-17.');
    expect(text).toContain('Same table as the published share, yet the difference is more than rounding');
    // Without the file: the shipped table nearest the date, as before.
    expect(json2('evaluate --vote 2024-06-17-nature-restoration --json').dataset).toEqual({ id: 'council-2025', inForce: false, daysAway: 198 });
  });

  it('a recorded vote with no table in force takes the nearest among the added ones too; --date is refused', () => {
    const path = file2024();
    // 18 September 2023: the 2024 table (105 days away) is nearer than 2022's (261 days).
    expect(json2(`evaluate --vote 4872 --figures ${path} --json`).dataset).toEqual({ id: 'added-2024-01-01', inForce: false, daysAway: 105 });
    expect(json2('evaluate --vote 4872 --json').dataset).toEqual({ id: 'council-2022', inForce: false, daysAway: 261 });
    const r = cli(`evaluate --vote 4818 --date 2024-01-01`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--date chooses the figures of a vote: .*without --scenario, --link or --vote/);
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

  it('states the date in the evaluation, with the figures against it as the app says them', () => {
    const near = JSON.parse(cli('evaluate --rule qmv --no DE --date 2019-06-01 --json').stdout);
    expect(near.date).toBe('2019-06-01');
    expect(near.figuresOnDate).toEqual({
      status: 'nearest',
      text: 'No figures for 1 June 2019 in the app: using Council 2016 (EU-28 with the United Kingdom) (applied 1 January 2016 to 31 December 2016), the nearest.',
    });
    const inForce = JSON.parse(cli('evaluate --rule qmv --no DE --date 2025-03-01 --json').stdout);
    expect(inForce).toMatchObject({ date: '2025-03-01', dataset: 'council-2025', figuresOnDate: { status: 'inForce', text: 'Figures in force on 1 March 2025: Council 2025 (EU-27).' } });
    expect(cli('evaluate --rule qmv --no DE --date 2025-03-01').stdout).toContain('Date:     2025-03-01; Figures in force on 1 March 2025: Council 2025 (EU-27).');
    const none = JSON.parse(cli('evaluate --rule qmv --no DE --json').stdout);
    expect('date' in none || 'figuresOnDate' in none).toBe(false);
  });

  it('before 1 July 2013 Croatia does not participate, as in the app, unless the command line names it', () => {
    const r = cli('evaluate --rule qmv --no DE --date 2012-05-01 --json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.positions.HR).toBe('absent');
    expect(out.figuresOnDate.text).toMatch(/Croatia was not a member of the Council on 1 May 2012: not participating\.$/);
    expect(r.stderr).toContain('council-vote: note: not a member of the Council on 2012-05-01, so not participating: HR\n');
    const named = JSON.parse(cli('evaluate --rule qmv --no DE,HR --date 2012-05-01 --json').stdout);
    expect(named.positions.HR).toBe('no');
    expect(named.figuresOnDate.text).toMatch(/counted all the same: Croatia\.$/);
  });

  it('--date before November 2014 evaluates a qualified majority under Nice; a rule against the date is noted, exit 0', () => {
    const r = cli('evaluate --rule qmv --no DE,FR --date 2012-05-01');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Adopted: 287 of 345 weighted votes/);
    expect(r.stderr).toContain('council-vote: note: on 1 May 2012 a qualified majority meant the Nice weighted votes (Protocol No 36, Art. 3(3)): evaluated under them\n');
    const later = cli('evaluate --rule nice --no DE,FR --date 2020-05-01 --json');
    expect([later.status, JSON.parse(later.stdout).rule]).toEqual([0, 'nice']);
    expect(later.stderr).toContain('--rule nice is not the rule of 1 May 2020');
    expect(cli('evaluate --rule qmv --no DE --date 2016-03-01').stderr).toContain('Protocol No 36, Art. 3(2)');
  });

  it('a recorded vote states its date too', () => {
    const r = cli('evaluate --vote 4818 --json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const e of out.evaluations) {
      expect(e.date).toBe(out.vote.date);
      expect(e.figuresOnDate.text).toContain(e.datasetInfo.label);
    }
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

describe('council-vote --figures passes the gate of the app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const write = (name: string, h: Hostile) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(tableJson(h)));
    return path;
  };

  it('refuses each table the app refuses, with one line and exit 2', () => {
    const cases: Record<string, [Hostile, RegExp]> = {
      overlaps2025: [{ ...plain, from: '2025-06-01', to: '2025-12-31' }, /overlaps council-2025/],
      eu26: [{ ...plain, codes: EU27.filter((c) => c !== 'MT') }, /no row for Malta/],
      eu28: [{ ...plain, codes: EU28 }, /United Kingdom was not a member of the Union on 2031-01-01/],
      one: [{ ...plain, codes: ['DE'] }, /no row for Belgium/],
      march2019: [{ ...plain, from: '2019-03-01', to: '2019-12-31' }, /no row for United Kingdom/],
      reversed: [{ ...plain, from: '2026-12-31', to: '2020-01-01' }, /ends before it begins/],
      badDate: [{ ...plain, to: '2031-13-01' }, /is not a calendar day/],
      hugeLabel: [{ ...plain, label: 'x'.repeat(30_000_000) }, /characters long, far more than a table of figures/],
    };
    for (const [name, [h, pattern]] of Object.entries(cases)) {
      const r = cli(`evaluate --rule qmv --figures ${write(name, h)}`);
      expect([name, r.status]).toEqual([name, 2]);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('refuses a day that is not on the calendar with one line in evaluate, power and probability', () => {
    for (const line of ['evaluate --rule qmv', 'power', 'probability']) {
      for (const day of ['2024-13-01', '2024-01-00']) {
        const r = cli(`${line} --date ${day}`);
        expect(r.status).toBe(2);
        expect(r.stderr).toBe(`council-vote: --date must be a calendar day YYYY-MM-DD (found "${day}")\n`);
      }
    }
  });
});
