import { voteRecord } from '../../../src/core/votes/corpus';
import { agreement, contestedBy, partnersOf } from '../../../src/core/votes/councilRecord';
import { isContested, type RecordedVote } from '../../../src/core/votes/record';
import { PROTOCOL_ORDER, type CountryCode } from '../../../src/core/rules/countries';

const c = (s: string) => s.split(' ').filter(Boolean) as CountryCode[];
function vote(
  id: string,
  date: string,
  area: string | null,
  yes: string,
  no = '',
  abstain = '',
  absent = '',
): RecordedVote {
  return {
    id,
    date,
    rule: 'qmv',
    area,
    configuration: null,
    procedure: null,
    title: null,
    lists: { yes: c(yes), no: c(no), abstain: c(abstain), absent: c(absent) },
  };
}

// Four members; votes 1 and 4 uncontested.
const fixture = [
  vote('1', '2020-03-01', 'Fisheries', 'DE FR IT PL'),
  vote('2', '2020-05-01', 'Fisheries', 'DE FR', 'PL', 'IT'),
  vote('3', '2021-01-10', 'Transport', 'DE IT', 'FR PL'),
  vote('4', '2021-02-10', null, 'DE FR PL', '', '', 'IT'),
  vote('5', '2021-06-10', 'Fisheries', 'DE', 'FR', 'PL', 'IT'),
];
const [DE, FR, IT, PL] = c('DE FR IT PL') as [CountryCode, CountryCode, CountryCode, CountryCode];

describe('contestedBy', () => {
  it('counts votes and contested votes by year, oldest first', () => {
    expect(contestedBy(fixture).byYear).toEqual([
      { key: '2020', votes: 2, contested: 1 },
      { key: '2021', votes: 3, contested: 2 },
    ]);
  });

  it('counts by policy area, most contested first, none given last', () => {
    expect(contestedBy(fixture).byArea).toEqual([
      { key: 'Fisheries', votes: 3, contested: 2 },
      { key: 'Transport', votes: 1, contested: 1 },
      { key: null, votes: 1, contested: 0 },
    ]);
  });
});

describe('agreement', () => {
  const pairs = agreement(fixture, [DE, FR, IT, PL]);
  const pair = (a: CountryCode, b: CountryCode) => pairs.find((p) => p.a === a && p.b === b);

  it('has one entry per pair, in the given order', () => {
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['DE-FR', 'DE-IT', 'DE-PL', 'FR-IT', 'FR-PL', 'IT-PL']);
  });

  it('counts only contested votes in which both took part', () => {
    // DE–FR: votes 2 (same), 3 (differ), 5 (differ).
    expect(pair(DE, FR)).toEqual({ a: DE, b: FR, votes: 3, same: 1, share: 1 / 3 });
    // DE–IT: votes 2 (yes/abstain), 3 (same); IT absent in 5.
    expect(pair(DE, IT)).toEqual({ a: DE, b: IT, votes: 2, same: 1, share: 0.5 });
    // FR–PL: 2 (yes/no), 3 (no/no), 5 (no/abstain): abstaining is not voting against.
    expect(pair(FR, PL)).toEqual({ a: FR, b: PL, votes: 3, same: 1, share: 1 / 3 });
    // IT–PL: 2 (abstain/no), 3 (yes/no).
    expect(pair(IT, PL)).toEqual({ a: IT, b: PL, votes: 2, same: 0, share: 0 });
  });

  it('gives no share to a pair that never shared a contested vote', () => {
    const [p] = agreement([vote('6', '2022-01-01', null, 'DE', 'FR', '', 'IT')], [DE, IT]);
    expect(p).toEqual({ a: DE, b: IT, votes: 0, same: 0, share: null });
  });

  it('ranks the partners of one member, most agreement first', () => {
    expect(partnersOf(pairs, PL).map((p) => [p.code, p.same, p.votes])).toEqual([
      [FR, 1, 3],
      [DE, 0, 3],
      [IT, 0, 2],
    ]);
  });
});

describe('on the shipped record', () => {
  const votes = voteRecord().votes;
  const members = PROTOCOL_ORDER.slice(0, PROTOCOL_ORDER.indexOf('UK') + 1) as readonly string[] as CountryCode[];

  it('counts every vote once and every contested vote once', () => {
    const { byYear, byArea } = contestedBy(votes);
    const sum = (bs: readonly { votes: number; contested: number }[], k: 'votes' | 'contested') =>
      bs.reduce((n, b) => n + b[k], 0);
    expect(sum(byYear, 'votes')).toBe(1438);
    expect(sum(byArea, 'votes')).toBe(1438);
    const contested = votes.filter(isContested).length;
    expect(sum(byYear, 'contested')).toBe(contested);
    expect(sum(byArea, 'contested')).toBe(contested);
  });

  it('is symmetric, and every share lies in [0, 1]', () => {
    const pairs = agreement(votes, members);
    expect(pairs).toHaveLength((members.length * (members.length - 1)) / 2);
    const [de, pl] = c('DE PL') as [CountryCode, CountryCode];
    const fromDe = agreement(votes, [de, pl])[0]!;
    const fromPl = agreement(votes, [pl, de])[0]!;
    expect(fromPl.votes).toBe(fromDe.votes);
    expect(fromPl.same).toBe(fromDe.same);
    expect(fromDe.votes).toBeGreaterThan(100);
    for (const p of pairs) {
      expect(p.same).toBeLessThanOrEqual(p.votes);
      if (p.share !== null) {
        expect(p.share).toBeGreaterThanOrEqual(0);
        expect(p.share).toBeLessThanOrEqual(1);
      }
    }
  });
});
