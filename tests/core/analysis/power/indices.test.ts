import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { powerIndices, type PowerReport } from '../../../../src/core/analysis/power';
import type { Rule } from '../../../../src/core/rules/vote';
import { bruteCounts, brutePower, winTable, type BruteMember } from './bruteForce';
import { codeAt, electorateOf, gameArb, insideOf, participatingOf, seededMembers, type TestGame } from './fixtures';

function report(game: TestGame, filter?: { include?: number[]; exclude?: number[] }): PowerReport {
  const inside = game.members.map((_, i) => i).filter((i) => !game.absent.includes(i));
  const codes = (xs: number[] | undefined) => xs?.map((j) => codeAt(inside[j]!));
  const r = powerIndices(electorateOf(game.members), participatingOf(game), game.rule, filter && { include: codes(filter.include), exclude: codes(filter.exclude) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const maskOf = (xs: readonly number[]) => xs.reduce((m, i) => m + 2 ** i, 0);

/** Everything powerIndices reports, against the brute force over all 2^n coalitions. */
function checkAgainstBruteForce(game: TestGame, filter: { include: number[]; exclude: number[] } = { include: [], exclude: [] }): void {
  const inside = insideOf(game);
  const n = inside.length;
  const win = winTable(inside, game.absent.length === 0, game.rule);
  const brute = brutePower(win, n);
  const counts = bruteCounts(win, n, maskOf(filter.include), maskOf(filter.exclude));
  const r = report(game, filter);
  expect(r.members.map((m) => m.swings)).toEqual(brute.swings);
  r.members.forEach((m, i) => expect(m.shapleyShubik).toBeCloseTo(brute.shapleyShubik[i]!, 12));
  expect(r.bySize.winning).toEqual(counts.winning);
  expect(r.bySize.minimalWinning).toEqual(counts.minimalWinning);
  expect(r.bySize.minimalBlocking).toEqual(counts.minimalBlocking);
  expect(r.winningCoalitions).toBe(counts.winning.reduce((a, b) => a + b, 0));
  expect(r.minimalWinningCoalitions).toBe(counts.minimalWinning.reduce((a, b) => a + b, 0));
  expect(r.minimalBlockingCoalitions).toBe(counts.minimalBlocking.reduce((a, b) => a + b, 0));
}

/** A random disjoint include/exclude pair over n participants. */
const filterArb = (n: number) =>
  fc.array(fc.constantFrom('in', 'out', 'free', 'free'), { minLength: n, maxLength: n }).map((tags) => ({
    include: tags.flatMap((t, i) => (t === 'in' ? [i] : [])),
    exclude: tags.flatMap((t, i) => (t === 'out' ? [i] : [])),
  }));

describe('powerIndices against brute force', () => {
  it('random games of up to 12 members, every rule, with absent members', () => {
    fc.assert(fc.property(gameArb(12), (game) => checkAgainstBruteForce(game)), { numRuns: 300 });
  });

  it('random games with include/exclude filters on the coalition counts', () => {
    const arb = gameArb(11).chain((game) => fc.tuple(fc.constant(game), filterArb(insideOf(game).length)));
    fc.assert(fc.property(arb, ([game, filter]) => checkAgainstBruteForce(game, filter)), { numRuns: 200 });
  });

  it('Nice games with included members (light members fixed in a coalition may be superfluous)', () => {
    const nice = fc.record({ kind: fc.constant('nice' as const), commissionProposal: fc.boolean(), populationCheck: fc.boolean() });
    const arb = gameArb(11, nice).chain((game) => fc.tuple(fc.constant(game), filterArb(insideOf(game).length)));
    fc.assert(fc.property(arb, ([game, filter]) => checkAgainstBruteForce(game, filter)), { numRuns: 200 });
  });

  it('full Councils of 15 to 18 members, where the "at least 15" and four-member clauses bite', () => {
    for (const [n, seed] of [[15, 1], [16, 2], [17, 3], [18, 4]] as const) {
      const members = seededMembers(n, seed);
      for (const rule of [{ kind: 'qmv' }, { kind: 'reinforced' }] as const) {
        checkAgainstBruteForce({ members, absent: [], rule });
      }
    }
  });

  it('an enhanced cooperation of 19 among 24 (QMV, Art. 238(3)(a)), with a filter', () => {
    const members = seededMembers(24, 77);
    const game: TestGame = { members, absent: [0, 5, 9, 13, 20], rule: { kind: 'qmv' } };
    checkAgainstBruteForce(game, { include: [2], exclude: [7, 8] });
  });

  it('Nice rules on small weighted games, with and without the population check', () => {
    const members = seededMembers(14, 9);
    for (const commissionProposal of [true, false]) {
      for (const populationCheck of [true, false]) {
        checkAgainstBruteForce({ members, absent: [3], rule: { kind: 'nice', commissionProposal, populationCheck } });
        checkAgainstBruteForce({ members, absent: [], rule: { kind: 'nice', commissionProposal, populationCheck } }, { include: [1], exclude: [4] });
      }
    }
  });
});

describe('powerIndices invariants', () => {
  it('Shapley–Shubik sums to 1 and normalised Banzhaf to 1 whenever some coalition wins', () => {
    fc.assert(
      fc.property(gameArb(14), (game) => {
        const r = report(game);
        fc.pre(r.winningCoalitions > 0);
        expect(r.members.reduce((s, m) => s + m.shapleyShubik, 0)).toBeCloseTo(1, 12);
        expect(r.members.reduce((s, m) => s + m.banzhafNormalized, 0)).toBeCloseTo(1, 12);
        expect(r.members.reduce((s, m) => s + m.populationShare, 0)).toBeCloseTo(1, 12);
        expect(r.members.reduce((s, m) => s + m.sqrtShare, 0)).toBeCloseTo(1, 12);
        r.members.forEach((m) => expect(m.banzhaf).toBe(m.swings / 2 ** (r.participants - 1)));
      }),
      { numRuns: 100 },
    );
  });

  it('members with the same population (and weight) have the same power', () => {
    const arb = gameArb(13).chain((game) =>
      fc.tuple(fc.constant(game), fc.integer({ min: 0, max: game.members.length - 1 }), fc.integer({ min: 0, max: game.members.length - 1 })),
    );
    fc.assert(
      fc.property(arb, ([game, i, j]) => {
        fc.pre(i !== j && !game.absent.includes(i) && !game.absent.includes(j));
        const members = game.members.map((m, k) => (k === j ? game.members[i]! : m));
        const r = report({ ...game, members });
        const [a, b] = [r.members.find((m) => m.code === codeAt(i))!, r.members.find((m) => m.code === codeAt(j))!];
        expect(a.swings).toBe(b.swings);
        expect(a.shapleyShubik).toBeCloseTo(b.shapleyShubik, 14);
      }),
      { numRuns: 100 },
    );
  });

  it('a member that can never be decisive gets zero (Nice: three 10s and a 1 need 23 of 31)', () => {
    const members: BruteMember[] = [
      { pop: 3_000_000, weight: 10 },
      { pop: 3_000_000, weight: 10 },
      { pop: 3_000_000, weight: 10 },
      { pop: 80_000_000, weight: 1 },
    ];
    const r = report({ members, absent: [], rule: { kind: 'nice', commissionProposal: true, populationCheck: false } });
    expect(r.members.map((m) => m.swings)).toEqual([2, 2, 2, 0]); // {others} and {others, the 1}
    expect(r.members[3]!.shapleyShubik).toBe(0);
    expect(r.members[3]!.banzhafNormalized).toBe(0);
    expect(r.minimalWinningCoalitions).toBe(1);
  });

  it('unanimity: every member swings once, the minimal blocking coalitions are the n vetoes', () => {
    const members = seededMembers(9, 5);
    const r = report({ members, absent: [2], rule: { kind: 'unanimity' } });
    expect(r.members.map((m) => m.swings)).toEqual(new Array(8).fill(1));
    expect([r.winningCoalitions, r.minimalWinningCoalitions, r.minimalBlockingCoalitions]).toEqual([1, 1, 8]);
  });

  it('a full Council too small to reach 15 members adopts nothing under QMV', () => {
    const r = report({ members: seededMembers(10, 3), absent: [], rule: { kind: 'qmv' } });
    expect(r.winningCoalitions).toBe(0);
    expect(r.members.every((m) => m.swings === 0 && m.banzhafNormalized === 0)).toBe(true);
    expect(r.minimalBlockingCoalitions).toBe(1); // the empty set already blocks
  });
});

describe('powerIndices progress', () => {
  it('reports a share done that only grows, from below 1 up to exactly 1, without changing the result', () => {
    const game: TestGame = { members: seededMembers(30, 7), absent: [], rule: { kind: 'qmv' } };
    const seen: number[] = [];
    const r = powerIndices(electorateOf(game.members), undefined, game.rule, undefined, (done) => seen.push(done));
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((x, i) => x >= 0 && (i === 0 || x >= seen[i - 1]!))).toBe(true);
    expect(seen[0]).toBeLessThan(0.5);
    expect(seen.at(-1)).toBe(1);
    expect(r.ok && r.value.members).toEqual(report(game).members);
  });
});

describe('powerIndices input errors', () => {
  const electorate = electorateOf(seededMembers(5, 1));
  const rule: Rule = { kind: 'qmv' };
  it('rejects unknown participants, repeated ones and contradictory filters', () => {
    expect(powerIndices(electorate, [codeAt(0), codeAt(30)], rule)).toMatchObject({ ok: false, error: { code: 'country.unknown' } });
    expect(powerIndices(electorate, [codeAt(0), codeAt(0)], rule)).toMatchObject({ ok: false, error: { code: 'country.duplicate' } });
    expect(powerIndices(electorate, [codeAt(0), codeAt(1)], rule, { include: [codeAt(2)] })).toMatchObject({ ok: false, error: { code: 'args.invalid' } });
    expect(powerIndices(electorate, undefined, rule, { include: [codeAt(2)], exclude: [codeAt(2)] })).toMatchObject({ ok: false, error: { code: 'args.invalid' } });
  });
  it('refuses the Nice rule when a participant has no weighted votes', () => {
    const noWeight = { ...electorate, voters: electorate.voters.map((v, i) => (i === 1 ? { code: v.code, population: v.population, low: v.low, high: v.high } : v)) };
    expect(powerIndices(noWeight, undefined, { kind: 'nice', commissionProposal: true, populationCheck: true })).toMatchObject({ ok: false, error: { code: 'rule.unavailable' } });
  });
  it('reports an empty game when nobody takes part', () => {
    const r = powerIndices(electorate, [], rule);
    expect(r.ok && [r.value.members.length, r.value.winningCoalitions]).toEqual([0, 0]);
  });
});
