/**
 * Custom thresholds: the constructor's messages, the golden equivalence with QMV on EU-27, and
 * the engine, the game and the probability engine against the BigInt oracle on Councils of up
 * to 40 members. fast-check prints the seed on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../src/core/rules/countries';
import { customRule, describeCustomRule } from '../../../src/core/rules/customRule';
import { DEFAULT_DATASET_ID, electorateOf, findDataset } from '../../../src/core/data/datasets';
import { evaluate, evaluateDecided, type Electorate } from '../../../src/core/rules/evaluate';
import { adoptionProbability, gameOf, powerIndices, winsAt } from '../../../src/core/analysis/power';
import type { CustomRule, DecidedPosition, Position, Positions, Rule } from '../../../src/core/rules/vote';
import { oracleAdopted, type OracleVote } from './oracle';
import { customRuleArb } from '../analysis/power/fixtures';

const rule = (memberPct: number, populationPct: number | null, minMembers: number, blockingMembers: number | null): CustomRule => {
  const r = customRule({ memberPct, populationPct, minMembers, blockingMembers });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

function eu27(): Electorate {
  const d = findDataset(DEFAULT_DATASET_ID);
  if (!d.ok) throw new Error(d.error.message);
  return electorateOf(d.value);
}

describe('customRule: one constructor, specific messages', () => {
  it('accepts whole numbers in range and reads 0 or blank as "no condition"', () => {
    expect(rule(55, 65, 15, 4)).toEqual({ kind: 'custom', memberPct: 55, populationPct: 65, minMembers: 15, blockingMembers: 4 });
    expect(rule(50, 0, 0, 0)).toEqual({ kind: 'custom', memberPct: 50, populationPct: null, minMembers: 0, blockingMembers: null });
    expect(customRule({ memberPct: null, populationPct: null, minMembers: null, blockingMembers: null })).toMatchObject({ ok: true, value: { memberPct: 0, minMembers: 0 } });
    expect(describeCustomRule(rule(55, 65, 15, 4))).toBe('55 % of members (at least 15), 65 % of population, blocking minority of at least 4');
  });
  it('refuses fractions, negatives and out-of-range values, naming the field', () => {
    const bad = (input: Partial<Parameters<typeof customRule>[0]>) => customRule({ memberPct: 55, populationPct: 65, minMembers: 15, blockingMembers: 4, ...input });
    expect(bad({ memberPct: 120 })).toEqual({ ok: false, error: { code: 'rule.invalid', path: 'memberPct', message: 'Member share must be between 0 and 100 % (got 120 %).' } });
    expect(bad({ populationPct: 65.5 })).toMatchObject({ ok: false, error: { message: 'Population share must be a whole number (got 65.5).' } });
    expect(bad({ minMembers: -1 })).toMatchObject({ ok: false, error: { message: 'Minimum members must be between 0 and 100 (got -1).' } });
    expect(bad({ blockingMembers: Number.NaN })).toMatchObject({ ok: false, error: { path: 'blockingMembers' } });
  });
});

describe('golden: custom 55 / 65 / 15 / 4 is QMV on EU-27', () => {
  const electorate = eu27();
  const custom = rule(55, 65, 15, 4);
  it('the same verdict, best and worst case and pivots for any positions', () => {
    const position = fc.constantFrom<Position>('yes', 'yes', 'no', 'abstain', 'undecided');
    fc.assert(
      fc.property(fc.array(position, { minLength: 27, maxLength: 27 }), (ps) => {
        const positions = Object.fromEntries(electorate.voters.map((v, i) => [v.code, ps[i]!]));
        const a = evaluate(electorate, positions, { kind: 'qmv' });
        const b = evaluate(electorate, positions, custom);
        if (!a.ok || !b.ok) throw new Error('evaluate failed');
        expect([b.value.verdict, b.value.best.adopted, b.value.worst.adopted, b.value.worst.deemedAdopted]).toEqual([a.value.verdict, a.value.best.adopted, a.value.worst.adopted, a.value.worst.deemedAdopted]);
        expect(b.value.pivots).toEqual(a.value.pivots);
      }),
      { numRuns: 200 },
    );
  });
  it('Germany, France and Italy against, the other 24 in favour: adopted (deemed attained)', () => {
    const r = evaluate(electorate, { DE: 'no', FR: 'no', IT: 'no' }, custom);
    const others: Positions = Object.fromEntries(electorate.voters.map((v) => [v.code, ['DE', 'FR', 'IT'].includes(v.code) ? 'no' : 'yes']));
    const decided = evaluate(electorate, others, custom);
    expect(r.ok && r.value.verdict).toBe('undetermined');
    expect(decided.ok && [decided.value.verdict, decided.value.worst.deemedAdopted]).toEqual(['adopted', true]);
  });
  it('the same game: thresholds and 17 729 938 winning coalitions', () => {
    const g = gameOf(electorate, undefined, custom);
    expect(g.ok && g.value.thresholds).toMatchObject({ requiredMembers: 15, blockingMembers: 4 });
    const p = powerIndices(electorate, undefined, custom);
    const q = powerIndices(electorate, undefined, { kind: 'qmv' });
    if (!p.ok || !q.ok) throw new Error('powerIndices failed');
    expect(p.value.winningCoalitions).toBe(17_729_938);
    expect(p.value.members.map((m) => m.swings)).toEqual(q.value.members.map((m) => m.swings));
  }, 60_000);
});

/** 20 to 40 members with exact populations; codes need not be real for the arithmetic. */
const bigCase = fc
  .array(fc.oneof(fc.integer({ min: 1, max: 90_000_000 }), fc.constantFrom(1, 2, 3, 1_000_000)), { minLength: 20, maxLength: 40 })
  .map((pops) => {
    const code = (i: number) => `Q${String.fromCharCode(65 + i)}` as CountryCode;
    const electorate: Electorate = { voters: pops.map((p, i) => ({ code: code(i), population: p, low: p, high: p })), total: pops.reduce((a, b) => a + b, 0) };
    return { electorate, members: pops.map((population) => ({ population })) };
  });

const votesArb = (n: number) => fc.array(fc.constantFrom<OracleVote>('yes', 'yes', 'yes', 'no', 'abstain', 'absent'), { minLength: n, maxLength: n });

describe('custom rules on Councils of up to 40 members, against the oracle', () => {
  const arb = bigCase.chain((c) => fc.record({ c: fc.constant(c), votes: votesArb(c.members.length), rule: customRuleArb }));

  it('evaluateDecided and the game (winsAt) agree with the oracle on every decided vote', () => {
    fc.assert(
      fc.property(arb, ({ c, votes, rule: r }) => {
        const expected = oracleAdopted(c.members, votes, r);
        const decided = new Map(c.electorate.voters.map((v, i) => [v.code, votes[i]! as DecidedPosition] as const));
        const e = evaluateDecided(c.electorate, decided, r);
        expect(e.ok && e.value.adopted).toBe(expected);
        const inside = c.electorate.voters.filter((_, i) => votes[i] !== 'absent');
        const g = gameOf(c.electorate, inside.map((v) => v.code), r);
        if (!g.ok) throw new Error(g.error.message);
        const yes = c.electorate.voters.filter((_, i) => votes[i] === 'yes');
        expect(winsAt(g.value, yes.length, 0, yes.reduce((s, v) => s + v.population, 0))).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('the probability of adoption with up to 8 members at 1/2 counts the oracle’s adopting completions', () => {
    const withOpen = arb.chain((x) => fc.record({ x: fc.constant(x), open: fc.uniqueArray(fc.nat({ max: x.votes.length - 1 }), { maxLength: 8 }) }));
    fc.assert(
      fc.property(withOpen, ({ x: { c, votes, rule: r }, open }) => {
        const openIdx = open.filter((i) => votes[i] !== 'absent');
        const probs = Object.fromEntries(c.electorate.voters.flatMap((v, i) => (votes[i] === 'absent' ? [] : [[v.code, openIdx.includes(i) ? 0.5 : votes[i] === 'yes' ? 1 : 0]])));
        const participating = c.electorate.voters.filter((_, i) => votes[i] !== 'absent').map((v) => v.code);
        const p = adoptionProbability(c.electorate, probs, r as Rule, participating);
        if (!p.ok) throw new Error(p.error.message);
        let adopting = 0;
        for (let mask = 0; mask < 2 ** openIdx.length; mask++) {
          const filled = votes.map((v, i) => (openIdx.includes(i) ? (mask & (1 << openIdx.indexOf(i)) ? 'yes' : 'no') : v));
          if (oracleAdopted(c.members, filled, r)) adopting++;
        }
        expect(Math.round(p.value.probability * 2 ** openIdx.length)).toBe(adopting);
      }),
      { numRuns: 100 },
    );
  });
});
