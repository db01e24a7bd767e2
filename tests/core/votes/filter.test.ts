import { voteRecord } from '../../../src/core/votes/corpus';
import { filterVotes, searchIndex } from '../../../src/core/votes/filter';
import { memberRecord } from '../../../src/core/votes/memberRecord';
import { computedShares, publishedShareOf } from '../../../src/core/votes/publishedShares';
import { findVote } from '../../../src/core/votes/corpus';
import { voteScenario } from '../../../src/core/votes/voteScenario';
import type { CountryCode } from '../../../src/core/rules/countries';

const votes = voteRecord().votes;
const index = searchIndex(votes);
const PL = 'PL' as CountryCode;

describe('filterVotes', () => {
  it('finds Poland against in 2023, the CO2 standards for cars among them', () => {
    const found = filterVotes(votes, { member: PL, memberVote: 'no', from: '2023-01-01', to: '2023-12-31' }, index);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((v) => v.lists.no.includes(PL) && v.date.startsWith('2023'))).toBe(true);
    expect(found.map((v) => v.id)).toContain('4818');
  });

  it('matches a procedure code whatever its spacing, and words of the title in any order', () => {
    expect(filterVotes(votes, { text: '2021/0197(COD)' }, index).map((v) => v.id)).toContain('4818');
    expect(filterVotes(votes, { text: '2021/0197 (cod)' }, index).map((v) => v.id)).toContain('4818');
    expect(filterVotes(votes, { text: 'regulation 2019/631' }, index).map((v) => v.id)).toContain('4818');
  });

  it('counts 85 contested votes since 1 February 2020 out of 331', () => {
    expect(filterVotes(votes, { from: '2020-02-01' }, index)).toHaveLength(331 - 2);
    expect(filterVotes(votes, { from: '2020-02-01', contested: true }, index)).toHaveLength(85 - 2);
  });

  it('takes an exact area name as itself ("Culture" is not "Agriculture"), else a part of one', () => {
    expect(filterVotes(votes, { area: 'culture' }, index).every((v) => v.area === 'Culture')).toBe(true);
    expect(filterVotes(votes, { area: 'agri' }, index).every((v) => v.area === 'Agriculture')).toBe(true);
    expect(filterVotes(votes, { rule: 'reinforced' }, index).map((v) => v.id)).toEqual(['4658']);
  });

  it('filters the whole record well under 50 ms', () => {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++)
      filterVotes(votes, { text: 'regulation', member: PL, memberVote: 'not_yes', contested: true }, index);
    expect((performance.now() - t0) / 20).toBeLessThan(50);
  });
});

describe('memberRecord', () => {
  it("adds up a member's votes against and abstentions by year and by area, with the votes behind them", () => {
    const r = memberRecord(votes, 'HU' as CountryCode);
    const sum = (f: (b: (typeof r.byYear)[number]) => number) => r.byYear.reduce((n, b) => n + f(b), 0);
    expect(sum((b) => b.against.length)).toBe(r.against);
    expect(r.byArea.reduce((n, b) => n + b.abstained.length, 0)).toBe(r.abstained);
    expect(r.byYear[0]!.key).toBe('2010');
    expect(r.byYear.flatMap((b) => b.against).every((v) => v.lists.no.includes('HU' as CountryCode))).toBe(true);
  });

  it('does not count votes of a non-member: Croatia before 2013, the United Kingdom after January 2020', () => {
    expect(memberRecord(votes, 'UK' as CountryCode).byYear.at(-1)!.key).toBe('2020');
    expect(memberRecord(votes, 'HR' as CountryCode).byYear[0]!.key).toBe('2012'); // vote 4345, see record.test.ts
  });
});

describe('published population shares', () => {
  it('sets the published share of the copyright directive (2019) beside ours on the 2016 figures', () => {
    const published = publishedShareOf('4393')!;
    expect(published.inFavour).toBe(7126);
    const ours = computedShares(voteScenario(findVote('4393')!)!);
    expect(ours.table).toMatch(/2016/);
    expect(Math.abs(ours.inFavour - published.inFavour)).toBeLessThan(50);
    expect(ours.inFavour + ours.against + ours.abstained).toBeGreaterThan(9990);
  });
});

describe('historyProbabilities', () => {
  it("uses Laplace's rule over the member's votes in the area, all areas under 5, and 1/2 with no record", async () => {
    const { historyProbabilities, MIN_AREA_VOTES } = await import('../../../src/core/votes/historyProbability');
    const env = historyProbabilities(votes, ['PL', 'UA'], 'Environment');
    const plEnv = votes.filter(
      (v) => v.area === 'Environment' && [...v.lists.yes, ...v.lists.no, ...v.lists.abstain].includes(PL),
    );
    const yes = plEnv.filter((v) => v.lists.yes.includes(PL)).length;
    expect(env.PL).toEqual({ p: (yes + 1) / (plEnv.length + 2), yes, votes: plEnv.length, basis: 'area' });
    expect(env.UA).toEqual({ p: 0.5, yes: 0, votes: 0, basis: 'none' });
    const youth = historyProbabilities(votes, ['PL'], 'Youth');
    expect(votes.filter((v) => v.area === 'Youth').length).toBeLessThan(MIN_AREA_VOTES);
    expect(youth.PL!.basis).toBe('all');
    expect(youth.PL!.votes).toBe(memberRecord(votes, PL).votes);
  });
});
