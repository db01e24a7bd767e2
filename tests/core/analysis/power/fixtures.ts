/**
 * Small electorates for the power tests, and fast-check arbitraries for random games.
 */
import fc from 'fast-check';
import { PROTOCOL_ORDER, type CountryCode } from '../../../../src/core/rules/countries';
import { customRule } from '../../../../src/core/rules/customRule';
import type { Electorate } from '../../../../src/core/rules/evaluate';
import type { Rule, Voter } from '../../../../src/core/rules/vote';
import type { BruteMember } from './bruteForce';

export const codeAt = (i: number) => PROTOCOL_ORDER[i]! as CountryCode;

export interface TestGame {
  readonly members: readonly BruteMember[];
  /** Indices of the members outside the vote. */
  readonly absent: readonly number[];
  readonly rule: Rule;
}

export function electorateOf(members: readonly BruteMember[]): Electorate {
  const voters: Voter[] = members.map((m, i) => ({ code: codeAt(i), population: m.pop, low: m.pop, high: m.pop, weight: m.weight }));
  return { voters, total: members.reduce((s, m) => s + m.pop, 0) };
}

/** The participants' codes, or undefined when everyone takes part. */
export function participatingOf(game: TestGame): CountryCode[] | undefined {
  if (game.absent.length === 0) return undefined;
  return game.members.map((_, i) => i).filter((i) => !game.absent.includes(i)).map(codeAt);
}

/** The participants alone, in order, as the brute force sees them. */
export const insideOf = (game: TestGame) => game.members.filter((_, i) => !game.absent.includes(i));

/** Random custom thresholds, through the validating constructor (0 often: "no condition"). */
export const customRuleArb: fc.Arbitrary<Rule> = fc
  .record({
    memberPct: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(50, 55, 72)),
    populationPct: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 65)),
    minMembers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 45 })),
    blockingMembers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })),
  })
  .map((input) => {
    const r = customRule(input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  });

export const ruleArb: fc.Arbitrary<Rule> = fc.oneof(
  fc.constant<Rule>({ kind: 'qmv' }),
  fc.constant<Rule>({ kind: 'reinforced' }),
  fc.constant<Rule>({ kind: 'simple' }),
  fc.constant<Rule>({ kind: 'unanimity' }),
  fc.record({ kind: fc.constant('nice' as const), commissionProposal: fc.boolean(), populationCheck: fc.boolean() }),
  customRuleArb,
);

/** Populations either spread out or drawn from a few values, so that ties are common. */
const popArb = fc.oneof(fc.integer({ min: 1, max: 90_000_000 }), fc.constantFrom(1, 500_000, 2_000_000, 2_000_001, 10_000_000));

export const memberArb: fc.Arbitrary<BruteMember> = fc.record({ pop: popArb, weight: fc.integer({ min: 1, max: 30 }) });

/** A game of up to `maxMembers` members, some possibly absent. */
export function gameArb(maxMembers: number, rule: fc.Arbitrary<Rule> = ruleArb): fc.Arbitrary<TestGame> {
  return fc
    .array(memberArb, { minLength: 1, maxLength: maxMembers })
    .chain((members) =>
      fc.record({
        members: fc.constant(members),
        absent: fc.subarray(members.map((_, i) => i), { maxLength: Math.max(0, members.length - 1) }),
        rule,
      }),
    );
}

/** A deterministic pseudo-random population list (xorshift), for the larger fixed cases. */
export function seededMembers(n: number, seed: number, maxPop = 90_000_000): BruteMember[] {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  return Array.from({ length: n }, () => ({ pop: 1 + (next() % maxPop), weight: 1 + (next() % 29) }));
}
