/**
 * `council-vote votes` and `council-vote evaluate --vote ID`, run as a user runs them.
 */
import { cli, ensureBuilt, json } from './run';

beforeAll(ensureBuilt, 120_000);

/* eslint-disable @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field */

describe('council-vote votes', () => {
  it('lists the votes Poland voted against in 2023, the CO2 standards for cars among them', () => {
    const out = json('votes --member PL --vote-of no --from 2023 --to 2023');
    expect(out.count).toBe(out.votes.length);
    expect(out.count).toBe(12);
    expect(out.votes.every((v: any) => v.against.includes('PL') && v.date.startsWith('2023'))).toBe(true);
    const cars = out.votes.find((v: any) => v.id === '4818');
    expect(cars).toMatchObject({
      date: '2023-03-28',
      rule: 'qmv',
      against: ['PL'],
      abstained: ['BG', 'IT', 'RO'],
      recordedOutcome: 'adopted',
      procedure: '2021/0197 (COD)',
    });
    expect(out.source.attribution).toBe('Council of the EU public voting data, extract by SWP, doi:10.7802/2560');
    expect(out.source.licence).toBe('CC BY 4.0');
  });

  it('filters by area, contested votes and a member abstaining; prints a table with the count and the attribution', () => {
    const r = cli('votes --member HU --vote-of abstain --area Environment --contested');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+DATE\s+RULE\s+AREA\s+AGAINST\s+ABSTAINED\s+TITLE$/);
    expect(lines.at(-1)).toMatch(
      /^\d+ votes \(recorded outcome of each: adopted\)\. Source: Council of the EU public voting data, extract by SWP, doi:10\.7802\/2560 \(CC BY 4\.0/,
    );
    const all = json('votes --member HU --vote-of abstain --area environment --contested');
    expect(all.votes.every((v: any) => v.area === 'Environment' && v.abstained.includes('HU'))).toBe(true);
  });

  it.each([
    ['votes --member GR', 'unknown country code "GR" in --member (the Council writes Greece as EL)'],
    ['votes --member UA', '--member UA was never a member of the Council in the record'],
    ['votes --vote-of no', '--vote-of needs --member (whose vote?)'],
    ['votes --member PL --vote-of maybe', 'unknown --vote-of "maybe" (no, abstain, not-yes, yes or absent)'],
    ['votes --from 2023-02-30', '--from must be a date written YYYY-MM-DD or a year (found "2023-02-30")'],
    ['votes --from 2023 --to 2022', '--from 2023-01-01 is after --to 2022-12-31'],
    [
      'evaluate --vote 4637',
      "vote 4637 is not in the record: Left out: the Council's register contradicts this record (17 May 2021, France against, no title or procedure).",
    ],
    ['evaluate --vote 1', 'no vote 1 in the record (see council-vote votes)'],
    [
      'evaluate --vote mercosur',
      '--vote takes the Council\'s numeric vote id or the id of a reported vote such as 2026-01-09-eu-mercosur (found "mercosur"; see council-vote votes)',
    ],
    ['evaluate --vote 4818 --rule qmv', '--rule cannot be combined with --vote: the record holds the whole vote'],
  ])('%s: exit 2 and one line', (line, message) => {
    const r = cli(line);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`council-vote: ${message}\n`);
  });
});

describe('council-vote evaluate --vote', () => {
  it('opens the CO2 standards for cars (4818) on the 2022 figures (the nearest) and finds it adopted, as recorded', () => {
    const out = json('evaluate --vote 4818');
    expect(out.vote.recordedOutcome).toBe('adopted');
    expect(out.dataset).toEqual({ id: 'council-2022', inForce: false, daysAway: 87 });
    expect(out.rules).toEqual(['qmv']);
    expect(out.evaluations).toHaveLength(1);
    expect(out.evaluations[0]).toMatchObject({
      verdict: 'adopted',
      rule: 'qmv',
      members: { inFavour: 23, against: 1, abstaining: 3 },
    });
    expect(out.evaluations[0].positions).toMatchObject({
      PL: 'no',
      BG: 'abstain',
      IT: 'abstain',
      RO: 'abstain',
      DE: 'yes',
    });
    const text = cli('evaluate --vote 4818').stdout;
    expect(text).toMatch(/Recorded outcome: adopted/);
    expect(text).toMatch(/not the figures in force that day/);
    expect(text).toMatch(/Under the rule of the date \(qualified majority\):\nAdopted: 23 of 27 members/);
  });

  it('shows the double majority and the Nice weights for a vote of 2015, the Nice weights alone for 2012', () => {
    const transitional = json('evaluate --vote 3329');
    expect(transitional.rules).toEqual(['qmv', 'nice']);
    expect(transitional.evaluations.map((e: any) => [e.rule, e.verdict])).toEqual([
      ['qmv', 'adopted'],
      ['nice', 'adopted'],
    ]);
    const early = json('evaluate --vote 4345');
    expect(early.membership).toMatchObject({ id: 'eu27-2007', members: 27 });
    expect(early.nonMembers).toEqual(['HR']);
    expect(early.listedNonMembers).toEqual(['HR']);
    expect(early.evaluations.map((e: any) => [e.rule, e.verdict])).toEqual([['nice', 'adopted']]);
  });
});

describe('votes reported in the press', () => {
  it('lists them apart from the record, filtered by the same options, each with its sources', () => {
    const out = json('votes --member FR --vote-of no --from 2024');
    expect(out.count).toBe(0);
    expect(out.reported.count).toBe(1);
    expect(out.reported.votes[0]).toMatchObject({
      id: '2026-01-09-eu-mercosur',
      against: ['IE', 'FR', 'HU', 'AT', 'PL'],
      abstained: ['BE'],
      undecided: [],
      reportedInFavour: 21,
      reportedOutcome: 'adopted',
      confidence: 'medium',
    });
    expect(out.reported.votes[0].inFavour).toHaveLength(21);
    expect(out.reported.votes[0].sources.map((s: any) => s.url)).toEqual([
      'https://tg24.sky.it/mondo/2026/01/09/mercosur-ue-accordo-cosa-prevede',
      'https://rss.agroportal.pt/estados-membros-aprovam-hoje-acordo-entre-uniao-europeia-e-mercosul',
      'https://europediplomatic.com/2026/01/09/eu-endorses-mercosur-free-trade',
    ]);
    expect(out.reported.votes[0].sources[0]).toMatchObject({ title: '[Mercosur–EU agreement: what it provides]', published: '2026-01-09' });
    const text = cli('votes --reported').stdout;
    expect(text).toMatch(/^Reported in the press since the record ends/);
    expect(text).toMatch(/2025-11-05-climate-law-2040 .*agreed \(general approach\), 21 in favour .*\(general approach\)/);
    expect(text).toContain(
      'Sources of 2024-06-17-nature-restoration: Safe Food Advocacy Europe: "The Council finally approves the Nature Restoration Law" (https://www.safefoodadvocacy.eu/the-council-finally-approves-the-nature-restoration-law/)',
    );
  });

  it('opens one with evaluate --vote ID beside its reported outcome and the published share', () => {
    const out = json('evaluate --vote 2025-11-05-climate-law-2040');
    expect(out.reportedVote).toMatchObject({ stage: 'general_approach', reportedOutcome: 'agreed' });
    expect(out.dataset).toEqual({ id: 'council-2025', inForce: true, daysAway: 0 });
    expect(out.evaluations[0]).toMatchObject({ verdict: 'adopted', rule: 'qmv', members: { inFavour: 21 } });
    expect(out.shares).toEqual({ published: 81.9, ours: 81.86, difference: -0.04, sameFigures: true, withinRounding: true });
    const text = cli('evaluate --vote 2026-01-09-eu-mercosur').stdout;
    expect(text).toMatch(/^Reported in the press, not part of the Council's published voting record/);
    expect(text).toContain('Reported outcome: adopted, 21 in favour.');
    expect(text).toMatch(/Our verdict under the rule of the date \(qualified majority\):\nAdopted: 21 of 27 members/);
  });
});
