/**
 * The built command line, run as a user runs it: `node dist-cli/council-vote.js ...`.
 * Golden cases from shared/facts/rules.md §1-6 and scenarios.md §1a, as literal expectations.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_CASES } from './errorCases';
import { encodeLink } from '../../src/core/scenario/link';
import type { DatasetId } from '../../src/core/data/dataset';
import type { Scenario } from '../../src/core/scenario/scenario';
import { BIN, cli, ensureBuilt, json } from './run';

beforeAll(ensureBuilt, 120_000);

/* eslint-disable @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field */

it('is one Node script with a shebang', () => {
  expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
});

describe('council-vote datasets', () => {
  it('--json lists every dataset with its size, total, period and provenance', () => {
    const list = json('datasets');
    expect(Array.isArray(list)).toBe(true);
    expect(list.map((d: any) => d.id)).toEqual(['council-2025', 'council-2022', 'council-2020', 'council-2016', 'candidates-2017']);
    for (const d of list) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining([
          'id',
          'label',
          'members',
          'total',
          'confidence',
          'period',
          'figures',
          'role',
          'outdated',
          'source',
          'address',
        ]),
      );
      expect(Number.isSafeInteger(d.members)).toBe(true);
      expect(Number.isSafeInteger(d.total)).toBe(true);
    }
    expect(list[0]).toMatchObject({
      id: 'council-2025',
      members: 27,
      total: 451_028_881,
      confidence: 'high',
      figures: 'percentages',
      role: 'council',
      outdated: false,
      default: true,
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(list[2]).toMatchObject({
      id: 'council-2020',
      members: 27,
      total: 447_470_672,
      figures: 'persons',
      default: false,
    });
  });

  it('prints an aligned table for people', () => {
    const r = cli('datasets');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const figuresAt = lines[0]!.indexOf('FIGURES');
    expect(lines[0]).toMatch(/^ID\s+LABEL\s+PERIOD\s+MEMBERS\s+TOTAL\s+FIGURES\s+CONFIDENCE\s+NOTES$/);
    const council2025 = lines.find((l) => l.startsWith('council-2025'))!;
    expect(council2025).toContain('451,028,881');
    expect(council2025.indexOf('percentages')).toBe(figuresAt);
    expect(lines.find((l) => l.startsWith('council-2020'))!.indexOf('persons')).toBe(figuresAt);
  });
});

describe('council-vote rules', () => {
  it('lists the rules with their articles', () => {
    const r = cli('rules');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^qmv\s+Qualified majority \(Art\. 16\(4\) TEU/m);
    expect(r.stdout).toMatch(/^unanimity\s+Unanimity \(Art\. 238\(4\) TFEU\)/m);
    expect(json('rules').map((x: any) => x.id)).toEqual(['qmv', 'reinforced', 'simple', 'unanimity', 'nice']);
  });
});

describe('council-vote evaluate --json (golden cases)', () => {
  it('the three most populous against, all others in favour: adopted by the four-member clause', () => {
    const o = json('evaluate --rule qmv --no DE,FR,IT');
    expect(o).toMatchObject({
      formatVersion: 1,
      verdict: 'adopted',
      rule: 'qmv',
      dataset: 'council-2025',
      members: { inFavour: 24, against: 3, participating: 27, required: 15, absent: 0 },
      population: { participating: 451_028_881, required: 293_168_773 },
      blockingMinority: { exists: false, members: 3, routes: [], requiredMembers: 4 },
      deemedAdopted: true,
      tooCloseToCall: false,
      undecided: [],
      datasetInfo: { id: 'council-2025', confidence: 'high', figures: 'percentages' },
    });
    expect(Number.isSafeInteger(o.population.inFavour)).toBe(true);
    expect(o.population.inFavourShare).toBeCloseTo(0.5311, 3);
    expect(o.best).toBeUndefined();
    expect(o.conditions.map((c: any) => [c.id, c.status])).toEqual([
      ['members', 'met'],
      ['population', 'not_met'],
    ]);
    // Added keys (docs/cli.md): the clause and the standing, from the same claims as the app.
    expect(o.case).toBe('actual');
    expect(o.conditions.map((c: any) => [c.deemedMet, c.standing, c.case])).toEqual([
      [false, 'met', 'actual'],
      [true, 'met', 'actual'],
    ]);
    expect(o.pivots[0]).toEqual({ code: 'ES', name: 'Spain', from: 'yes', to: 'no', verdict: 'not_adopted' });
  });

  it('exact persons (council-2020): the population in favour is the literal sum', () => {
    const o = json('evaluate --dataset council-2020 --rule qmv --no DE,FR,IT');
    expect(o.population).toMatchObject({
      inFavour: 447_470_672 - 82_940_663 - 67_028_048 - 61_068_437,
      participating: 447_470_672,
    });
    expect(o.verdict).toBe('adopted');
  });

  it('CSA Regulation, Coreper 20 June 2024 (reported positions): not adopted whatever the undecided do', () => {
    const o = json('evaluate --rule qmv --no DE,PL,AT,NL --abstain CZ --yes IE,SE --others undecided');
    expect(o.verdict).toBe('not_adopted');
    expect(o.undecided).toHaveLength(20);
    // Headline numbers are the worst case: the 20 undecided count as not in favour.
    expect(o.members).toMatchObject({ inFavour: 2, against: 24, abstaining: 1, participating: 27 });
    expect(o.best).toMatchObject({
      adopted: false,
      members: { inFavour: 22 },
      blockingMinority: { exists: true, members: 5, routes: ['population'], requiredMembers: 4 },
    });
    expect(o.best.blockingMinority.populationShare).toBeCloseTo(0.3527, 3);
    expect(o.worst.adopted).toBe(false);
    // The best case settles the failure; the declared vote is 2 in favour, 4 against, 1 abstaining.
    expect(o.case).toBe('best');
    expect(o.declared).toMatchObject({ inFavour: 2, against: 4, abstaining: 1, participating: 27 });
    expect(o.conditions.map((c: any) => [c.id, c.standing, c.case])).toEqual([
      ['members', 'met_only_if_undecided_yes', 'best'],
      ['population', 'not_met_even_if_undecided_yes', 'best'],
    ]);
    expect(o.positions).toMatchObject({ DE: 'no', CZ: 'abstain', IE: 'yes', FR: 'undecided' });
  });

  it('unanimity with one abstention and no vote against: adopted', () => {
    const o = json('evaluate --rule unanimity --abstain hu');
    expect(o).toMatchObject({
      verdict: 'adopted',
      rule: 'unanimity',
      members: { abstaining: 1, against: 0, required: null },
    });
    expect(o.conditions).toEqual([expect.objectContaining({ id: 'no_objection', status: 'met', reached: 0 })]);
  });

  it('unanimity with one vote against: not adopted', () => {
    expect(json('evaluate --rule unanimity --no MT').verdict).toBe('not_adopted');
  });

  it('Denmark not participating: thresholds over 26 members, 15 required', () => {
    const o = json('evaluate --rule qmv --absent DK');
    expect(o.members).toMatchObject({ participating: 26, required: 15, absent: 1, inFavour: 26 });
    expect(o.positions.DK).toBe('absent');
  });

  it('undecided members: undetermined, with best and worst case', () => {
    const o = json('evaluate --rule qmv --yes DE,FR,IT,ES,PL --others undecided');
    expect(o.verdict).toBe('undetermined');
    expect(o.undecided).toHaveLength(22);
    expect(o.best.adopted).toBe(true);
    expect(o.worst.adopted).toBe(false);
    expect(o.members.inFavour).toBe(5);
  });

  it('thirteen members not in favour: not adopted whatever their population', () => {
    const o = json('evaluate --rule qmv --no BG,DK,EE,IE,HR,CY,LV,LT,LU,MT,SI,SK,FI');
    expect(o.verdict).toBe('not_adopted');
    expect(o.blockingMinority.routes).toContain('members');
  });

  it('reinforced majority needs 20 of 27; simple majority 14 of 27', () => {
    const reinforced = json('evaluate --rule reinforced --no BG,DK,EE,IE,HR,CY,LV,LT');
    expect(reinforced).toMatchObject({ verdict: 'not_adopted', members: { inFavour: 19, required: 20 } });
    const simple = json('evaluate --rule simple --no BG,DK,EE,IE,HR,CY,LV,LT,LU,MT,SI,SK,FI');
    expect(simple).toMatchObject({ verdict: 'adopted', members: { inFavour: 14, required: 14 } });
  });

  it('a verdict within the rounding of the percentages is flagged too close to call', () => {
    const o = json('evaluate --rule qmv --no DE,FR,IE,LU');
    expect(o.tooCloseToCall).toBe(true);
    expect(o.conditions[1].status).toBe('uncertain');
  });

  it('the Nice rule carries its options', () => {
    const o = json('evaluate --dataset council-2016 --rule nice --no DE,FR,IT,UK');
    expect(o).toMatchObject({
      verdict: 'not_adopted',
      ruleInfo: { id: 'nice', options: { commissionProposal: true, populationCheck: true } },
    });
  });
});

describe('council-vote evaluate (human output)', () => {
  it('says the verdict and why in one sentence, then the dataset, pivots and conditions', () => {
    const r = cli('evaluate --rule qmv --no DE,FR,IT');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      'Adopted: 24 of 27 members (88.9 %) representing 53.1 % of the population are in favour; the population condition is deemed met: fewer than 4 members are not in favour, so no blocking minority can form (Art. 16(4) TEU).',
    );
    expect(r.stdout).toMatch(/^Dataset: +council-2025, .*confidence high/m);
    expect(r.stdout).toContain('yes -> no makes it not adopted: ES, PL');
    expect(r.stdout).toMatch(
      /at least 65 % of the population +239,\d{3},\d{3} \(53\.1 %\) +293,168,773 \(65\.0 %\) +-53,\d{3},\d{3} +not met/,
    );
  });

  it('names the blocking minority when an act falls', () => {
    const r = cli('evaluate --rule qmv --no DE,PL,AT,NL --abstain CZ --yes IE,SE --others undecided');
    expect(r.stdout.split('\n')[0]).toMatch(
      /^Not adopted: a blocking minority of 5 members representing 35\.3 % of the population .* even if all 20 undecided members vote in favour/,
    );
  });

  it('--takes and --block-with say what it would take to adopt or to block (text and JSON)', () => {
    const text = cli('evaluate --rule qmv --no DE,FR,IT --undecided ES,PL --takes --block-with DE').stdout;
    expect(text).toContain('What it takes to adopt (other undecided members counted against):\n  2 members among the undecided switching to yes (1 such set; least population first):\n    ES + PL  (');
    expect(text).toContain('  1 member among the undecided switching to no (2 such sets; least population first):\n    PL  (');
    expect(text).toMatch(/Closest blocking coalitions with Germany:\n {2}3 more members needed \(\d+ such sets; least population first\):\n {4}DE \+ /);
    const r = json('evaluate --rule qmv --no DE,FR,IT,PL --takes --block-with DE,FR,IT');
    // Blocked already; one of the four changing sides would adopt it, whoever it is.
    expect(r.whatItTakes.toBlock).toBeNull();
    expect(r.whatItTakes.toAdopt.amongAll).toMatchObject({ size: 1, count: 4, truncated: false });
    expect(r.blockingCoalitions).toMatchObject({ with: ['DE', 'FR', 'IT'], size: 1, count: 24, alreadyBlocking: false });
    expect(json('evaluate --rule qmv --no DE').whatItTakes).toBeUndefined();
  });

  it('says when the verdict depends on the undecided, and when it is too close to call', () => {
    expect(cli('evaluate --rule qmv --yes DE,FR,IT,ES,PL --others undecided').stdout).toMatch(
      /^Depends on the undecided: /,
    );
    expect(cli('evaluate --rule qmv --no DE,FR,IE,LU').stdout.split('\n')[1]).toBe(
      'Too close to call with these figures: the dataset gives only rounded percentages.',
    );
  });

  it('--help prints usage and exits 0', () => {
    for (const line of [
      '--help',
      '-h',
      'help',
      'help evaluate',
      'evaluate --help',
      'datasets -h',
      'evaluate --rule xyz -h',
    ]) {
      const r = cli(line);
      expect(r.status, line).toBe(0);
      expect(r.stdout).toMatch(/^Usage: council-vote/);
      expect(r.stderr).toBe('');
    }
  });
});

describe('bad arguments: exit 2, one line on stderr, no stack trace', () => {
  it.each(ERROR_CASES)('council-vote %s', (line, message) => {
    const r = cli(line);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`council-vote: ${message}\n`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('council-vote evaluate --scenario / --link', () => {
  const csaLink = 'http://localhost:4173/#v=2&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu';

  /** An old-format link is evaluated with a warning that it carries no check. */
  const oldJson = (line: string) => {
    const r = cli(`${line} --json`);
    expect(r.stderr).toMatch(/^council-vote: warning: This link is in an old format \(version [12]\) that carries no check: .* Share it again for a link in the current format\.\n$/);
    return JSON.parse(r.stdout);
  };

  it('evaluates a share link (CSA, June 2024) exactly as the same positions given as flags', () => {
    const fromLink = oldJson(`evaluate --link ${csaLink}`);
    const fromFlags = json('evaluate --rule qmv --no DE,PL,AT,NL --abstain CZ --yes IE,SE --others undecided');
    expect(fromLink.verdict).toBe('not_adopted');
    expect(fromLink).toEqual(fromFlags);
  });

  it('evaluates a scenario file exported by the app, and opens links of version 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cvc-'));
    const file = join(dir, 'scenario.json');
    const scenario = { datasetId: 'council-2020', rule: 'unanimity', positions: Object.fromEntries(
      ['BE','BG','CZ','DK','DE','EE','IE','EL','ES','FR','HR','IT','CY','LV','LT','LU','HU','MT','NL','AT','PL','PT','RO','SI','SK','FI','SE'].map((c) => [c, c === 'HU' ? 'abstain' : 'yes'])) };
    writeFileSync(file, JSON.stringify({ format: 'council-vote-scenario', version: 1, scenario }));
    expect(json(`evaluate --scenario ${file}`).verdict).toBe('adopted');
    expect(oldJson(`evaluate --link v=1&d=council-2025&r=qmv&p=${'y'.repeat(27)}`).verdict).toBe('adopted');
  });

  it('evaluates a link made by the app today (version 3), and warns when a link lost a text', async () => {
    const positions = Object.fromEntries(
      ['BE','BG','CZ','DK','DE','EE','IE','EL','ES','FR','HR','IT','CY','LV','LT','LU','HU','MT','NL','AT','PL','PT','RO','SI','SK','FI','SE'].map((c) => [c, ['DE', 'PL', 'AT', 'NL'].includes(c) ? 'no' : c === 'CZ' ? 'abstain' : ['IE', 'SE'].includes(c) ? 'yes' : 'undecided']),
    );
    const link = await encodeLink({ datasetId: 'council-2025' as DatasetId, rule: 'qmv', positions: positions as Scenario['positions'], name: 'CSA', note: 'Coreper 8 October' });
    expect(json(`evaluate --link http://localhost:4173/#${link}`)).toEqual(oldJson(`evaluate --link ${csaLink}`));
    const r = cli(`evaluate --link ${csaLink}&u=Coreper`);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^council-vote: warning: In this link, a part this app does not know was left out \("u=Coreper"\): the rest was opened\.\ncouncil-vote: warning: This link is in an old format \(version 2\)/);
    const cut = cli(`evaluate --link ${link.slice(0, 30)}`);
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/^council-vote: the link in --link cannot be opened: it was cut short/);
  });

  it('quotes at most 80 characters of a huge argument', () => {
    const huge = 'x'.repeat(100_000);
    for (const line of [`evaluate --link v=2&d=${huge}&r=qmv&p=y`, `evaluate --rule ${huge}`, `evaluate --rule qmv --no ${huge}`, `evaluate --scenario ${huge}`]) {
      const r = cli(line);
      expect(r.status).toBe(2);
      expect(r.stderr.length).toBeLessThan(300);
    }
  });

  it.each([
    [`evaluate --link v=1&d=council-2025&r=qmv&p=yy`, 'council-vote: the link in --link cannot be opened: it has 2 positions for 27 members.'],
    [`evaluate --link v=2&d=council-2020&r=qmv&p=${'y'.repeat(27)}&d=council-2025`, 'council-vote: the link in --link cannot be opened: it has two datasets ("council-2020" and "council-2025").'],
    [`evaluate --link ${csaLink} --no DE`, 'council-vote: --no cannot be combined with --link: the link holds the whole vote'],
    ['evaluate --scenario /nonexistent/x.json', 'council-vote: cannot read --scenario /nonexistent/x.json: ENOENT'],
    ['evaluate --scenario package.json', 'council-vote: package.json: The file is neither a scenario nor a library exported by this app (no "format" field).'],
  ])('refuses %s with one line and status 2', (line, message) => {
    const r = cli(line);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });
});

describe('council-vote power / probability', () => {
  it('power --json gives every member its swings and indices, and the coalition counts', () => {
    const r = json('power --rule qmv --absent DK');
    expect(r.participating).toHaveLength(26);
    expect(r.members.map((m: any) => m.code)).not.toContain('DK');
    expect(Object.keys(r.members[0])).toEqual(expect.arrayContaining(['code', 'swings', 'banzhaf', 'banzhafNormalized', 'shapleyShubik']));
    expect(r.members.reduce((s: number, m: any) => s + m.shapleyShubik, 0)).toBeCloseTo(1, 10);
    const by = (c: string) => r.members.find((m: any) => m.code === c);
    expect(by('DE').swings).toBeGreaterThan(by('FR').swings);
    expect(by('MT').swings).toBeGreaterThan(0);
    for (const key of ['winningCoalitions', 'minimalWinningCoalitions', 'minimalBlockingCoalitions']) expect(Number.isInteger(r[key])).toBe(true);
  });

  it('power handles an enlarged Council of 37 members', () => {
    const r = json('power --rule qmv --add UA,MD,GE,ME,RS,AL,MK,BA,TR,XK');
    expect(r.members).toHaveLength(37);
  });

  it('probability agrees with the verdict when every probability is 0 or 1', () => {
    const all = ['BE','BG','CZ','DK','DE','EE','IE','EL','ES','FR','HR','IT','CY','LV','LT','LU','HU','MT','NL','AT','PL','PT','RO','SI','SK','FI','SE'];
    const blockers = ['DE', 'PL', 'AT', 'NL', 'CZ'];
    const p = all.map((c) => `${c}=${blockers.includes(c) ? 0 : 1}`).join(',');
    expect(json(`probability --rule qmv --p ${p}`).probability).toBe(0);
    const p2 = all.map((c) => `${c}=${['DE', 'FR', 'IT'].includes(c) ? 0 : 1}`).join(',');
    expect(json(`probability --rule qmv --p ${p2}`).probability).toBe(1);
  });

  it.each([
    ['probability --rule qmv --p DE=2', 'council-vote: the probability for DE must be between 0 and 1, not 2'],
    ['probability --rule qmv --p DE', 'council-vote: --p expects CODE=PROBABILITY pairs such as DE=0.8, not "DE"'],
    ['power --rule qmv --add FR', 'council-vote: --add: FR is already a member in Council 2025 (EU-27).'],
    ['power --rule qmv --include XX', 'council-vote: country code "XX" in --include is not a member in this vote'],
  ])('refuses %s', (line, message) => {
    const r = cli(line);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });
});

describe('council-vote --rule custom and --population', () => {
  const QMV_LIKE = '--rule custom --member-pct 55 --population-pct 65 --min-members 15 --blocking 4';
  const ALL_CANDIDATES = '--add UA,MD,GE,ME,RS,AL,MK,BA,TR,XK,IS';

  it('custom 55/65/15/4 gives the QMV verdict on EU-27, with its options in ruleInfo', () => {
    const custom = json(`evaluate ${QMV_LIKE} --no DE,FR,IT`);
    const qmv = json('evaluate --rule qmv --no DE,FR,IT');
    expect([custom.verdict, custom.deemedAdopted, custom.members, custom.blockingMinority]).toEqual([qmv.verdict, qmv.deemedAdopted, qmv.members, qmv.blockingMinority]);
    expect(custom.rule).toBe('custom');
    expect(custom.ruleInfo).toMatchObject({ id: 'custom', options: { memberPct: 55, populationPct: 65, minMembers: 15, blockingMembers: 4 } });
    expect(cli(`evaluate ${QMV_LIKE} --no DE,FR,IT`).stdout).toMatch(/^Rule: {5}Custom thresholds: 55 % of members \(at least 15\), 65 % of population, blocking minority of at least 4$/m);
  });

  it('a blocking clause changes the verdict: without it, DE, FR and IT block', () => {
    expect(json('evaluate --rule custom --member-pct 55 --population-pct 65 --no DE,FR,IT').verdict).toBe('not_adopted');
  });

  it('--population changes a verdict: Germany at 1 000 persons cannot block with France and Italy under reinforced QMV', () => {
    expect(json('evaluate --rule reinforced --no DE,FR,IT').verdict).toBe('not_adopted');
    const o = json('evaluate --rule reinforced --no DE,FR,IT --population DE=1000');
    expect([o.verdict, o.populations]).toEqual(['adopted', { DE: 1000 }]);
  });

  it('--takes and --block-with answer with the edited populations: Malta at 1 billion blocks with any three', () => {
    const dataset = json('evaluate --rule qmv --no MT,LU,CY --takes --block-with MT');
    const edited = json('evaluate --rule qmv --no MT,LU,CY --population MT=1000000000 --takes --block-with MT');
    // Three members against cannot block; with the dataset's figures they need Germany and France.
    expect(dataset.whatItTakes.toBlock.amongAll.size).toBe(3);
    expect(dataset.blockingCoalitions.sets[0].codes).toEqual(expect.arrayContaining(['MT', 'DE', 'FR']));
    // Malta alone is now over 35 % of the population: any one member more makes the four.
    // The Union total grows by 1 billion less Malta's own figure (about half a million).
    expect(edited.population.participating - dataset.population.participating).toBeGreaterThan(999_000_000);
    expect(edited.population.participating - dataset.population.participating).toBeLessThan(1_000_000_000);
    expect(edited.whatItTakes.toBlock.amongAll).toMatchObject({ size: 1, count: 24 });
    expect(edited.whatItTakes.toBlock.amongAll.sets[0]).toMatchObject({ codes: ['EE'] });
    expect(edited.blockingCoalitions).toMatchObject({ size: 3, with: ['MT'] });
    expect(edited.blockingCoalitions.sets[0].codes).not.toContain('DE');
    expect(edited.blockingCoalitions.sets[0].population).toBeGreaterThan(1_000_000_000);
    expect(cli('evaluate --rule qmv --no MT,LU,CY --population MT=1000000000 --takes').stdout).toMatch(
      /What it takes to block .*\n.*\n {2}1 member counting everyone who could change, switching to no \(24 such sets; least population first\):\n {4}EE {2}\(/,
    );
  });

  it('power and probability answer with the edited populations too', () => {
    const malta = (r: any) => r.members.find((m: any) => m.code === 'MT');
    const before = json('power --rule qmv');
    const after = json('power --rule qmv --population MT=1000000000');
    expect(malta(before).populationShare).toBeLessThan(0.01);
    expect(malta(after).populationShare).toBeGreaterThan(0.68);
    expect(malta(after).banzhafNormalized).toBeGreaterThan(3 * malta(before).banzhafNormalized);
    // Malta, Luxembourg, Cyprus and Estonia against for sure, everyone else in favour: four members,
    // but a blocking minority only when Malta weighs over 35 % of the population.
    const p = 'BE,BG,CZ,DK,DE,EE,IE,EL,ES,FR,HR,IT,CY,LV,LT,LU,HU,MT,NL,AT,PL,PT,RO,SI,SK,FI,SE'
      .split(',')
      .map((c) => `${c}=${['MT', 'LU', 'CY', 'EE'].includes(c) ? 0 : 1}`)
      .join(',');
    expect(json(`probability --rule qmv --p ${p}`).probability).toBe(1);
    expect(json(`probability --rule qmv --p ${p} --population MT=1000000000`).probability).toBe(0);
  });

  it('power with all 11 candidates (38 members), custom thresholds and an edited population', () => {
    const r = json(`power ${QMV_LIKE} ${ALL_CANDIDATES} --population UA=33000000`);
    expect(r.members).toHaveLength(38);
    expect([r.rule, r.ruleOptions, r.populations]).toEqual(['custom', { memberPct: 55, populationPct: 65, minMembers: 15, blockingMembers: 4 }, { UA: 33_000_000 }]);
    const total = r.members.reduce((s: number, m: any) => s + m.populationShare, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(r.members.reduce((s: number, m: any) => s + m.shapleyShubik, 0)).toBeCloseTo(1, 10);
  });

  it('probability under custom thresholds: a simple majority of members alone', () => {
    const all = ['BE','BG','CZ','DK','DE','EE','IE','EL','ES','FR','HR','IT','CY','LV','LT','LU','HU','MT','NL','AT','PL','PT','RO','SI','SK','FI','SE'];
    const p = (yes: number) => all.map((c, i) => `${c}=${i < yes ? 1 : 0}`).join(',');
    expect(json(`probability --rule custom --member-pct 50 --p ${p(14)}`).probability).toBe(1);
    expect(json(`probability --rule custom --member-pct 52 --p ${p(14)}`).probability).toBe(0);
  });
});
