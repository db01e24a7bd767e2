/**
 * Property tests: the engine against the independent oracle (tests/core/oracle.ts) on the real
 * exact dataset and on random exact electorates. fast-check prints the seed and the shrunk
 * counterexample on failure; replay with `fc.assert(..., { seed, path })`.
 */
import fc from 'fast-check';
import council2020 from '../../../data/datasets/council-2020.json';
import { PROTOCOL_ORDER, type CountryCode } from '../../../src/core/rules/countries';
import { electorateOf, findDataset } from '../../../src/core/data/datasets';
import { evaluate, evaluateDecided, type Electorate } from '../../../src/core/rules/evaluate';
import type { DecidedPosition, Position, Positions, Rule } from '../../../src/core/rules/vote';
import { customRuleArb } from '../analysis/power/fixtures';
import { NICE_WEIGHTS_FROM_RULES, oracleAdopted, oracleVerdict, type OracleMember, type OracleVote } from './oracle';

const RUNS = 300;

const RULES: readonly Rule[] = [
  { kind: 'qmv' },
  { kind: 'reinforced' },
  { kind: 'simple' },
  { kind: 'unanimity' },
  { kind: 'nice', commissionProposal: true, populationCheck: true },
  { kind: 'nice', commissionProposal: false, populationCheck: false },
];

interface Case {
  readonly electorate: Electorate;
  /** The same members as the oracle sees them, read from the raw numbers, not through the engine. */
  readonly members: readonly OracleMember[];
}

const dataset2020 = findDataset('council-2020');
if (!dataset2020.ok) throw new Error(dataset2020.error.message);
const real: Case = {
  electorate: electorateOf(dataset2020.value),
  members: council2020.members.map((m) => ({ population: m.population, weight: NICE_WEIGHTS_FROM_RULES[m.code]! })),
};

/**
 * 3 to 30 members with exact populations (low = high = population, total = their sum). Tiny
 * populations (1 to 20 persons) make exact ties at 65 %, 62 % and 35 % common.
 */
const synthetic: fc.Arbitrary<Case> = fc
  .constantFrom(20, 90_000_000)
  .chain((max) => fc.array(fc.record({ population: fc.integer({ min: 1, max }), weight: fc.integer({ min: 1, max: 30 }) }), { minLength: 3, maxLength: 30 }))
  .map((rows) => ({
    electorate: {
      voters: rows.map((r, i) => ({ code: PROTOCOL_ORDER[i] as CountryCode, population: r.population, low: r.population, high: r.population, weight: r.weight })),
      total: rows.reduce((a, r) => a + r.population, 0),
    },
    members: rows,
  }));

const anyCase = fc.oneof(fc.constant(real), synthetic);

/** Mostly yes, so that thresholds are often near; half the time everyone participates. */
const votesFor = (n: number): fc.Arbitrary<OracleVote[]> =>
  fc
    .tuple(
      fc.array(fc.oneof({ arbitrary: fc.constant<OracleVote>('yes'), weight: 6 }, { arbitrary: fc.constantFrom<OracleVote>('no', 'abstain'), weight: 3 }, { arbitrary: fc.constant<OracleVote>('absent'), weight: 1 }), { minLength: n, maxLength: n }),
      fc.boolean(),
    )
    .map(([votes, everyone]) => (everyone ? votes.map((v) => (v === 'absent' ? 'no' : v)) : votes));

/** A treaty rule, or random custom thresholds (tests/core/power/fixtures.ts). */
const anyRule = fc.oneof(fc.constantFrom(...RULES), customRuleArb);

const withVotes = anyCase.chain((c) => fc.record({ c: fc.constant(c), votes: votesFor(c.members.length), rule: anyRule }));

const decidedMap = (c: Case, votes: readonly DecidedPosition[]) => new Map(c.electorate.voters.map((v, i) => [v.code, votes[i]!] as const));
const adoptedByEngine = (c: Case, votes: readonly DecidedPosition[], rule: Rule): boolean => {
  const r = evaluateDecided(c.electorate, decidedMap(c, votes), rule);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.adopted;
};

test('the oracle and the engine read council-2020 alike (same order, same persons)', () => {
  expect(real.electorate.voters.map((v) => v.population)).toEqual(council2020.members.map((m) => m.population));
});

test('the engine agrees with the oracle on every decided vote, under every rule', () => {
  fc.assert(
    fc.property(withVotes, ({ c, votes, rule }) => {
      expect(adoptedByEngine(c, votes, rule)).toBe(oracleAdopted(c.members, votes, rule));
    }),
    { numRuns: RUNS * 3 },
  );
});

test('monotonicity: a participating member switching to yes never defeats an adopted act', () => {
  fc.assert(
    fc.property(withVotes, fc.nat(), ({ c, votes, rule }, pick) => {
      const switchable = votes.flatMap((v, i) => (v === 'no' || v === 'abstain' ? [i] : []));
      fc.pre(switchable.length > 0 && adoptedByEngine(c, votes, rule));
      const moved = votes.with(switchable[pick % switchable.length]!, 'yes');
      expect(adoptedByEngine(c, moved, rule)).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test('with undecided members: verdict, best and worst case, and pivots agree with enumerating every completion', () => {
  const withUndecided = withVotes.chain(({ c, votes, rule }) =>
    fc.record({
      c: fc.constant(c),
      rule: fc.constant(rule),
      votes: fc.constant(votes),
      open: fc.uniqueArray(fc.nat({ max: votes.length - 1 }), { maxLength: 5 }),
    }),
  );
  fc.assert(
    fc.property(withUndecided, ({ c, votes, rule, open }) => {
      const withOpen: (OracleVote | null)[] = votes.map((v, i) => (open.includes(i) && v !== 'absent' ? null : v));
      const positions: Positions = Object.fromEntries(c.electorate.voters.map((v, i) => [v.code, withOpen[i] ?? 'undecided']));
      const r = evaluate(c.electorate, positions, rule);
      if (!r.ok) throw new Error(r.error.message);
      const expected = oracleVerdict(c.members, withOpen, rule);
      expect(r.value.verdict).toBe(expected);
      // The verdict is the agreement of the best and the worst case.
      const { best, worst } = r.value;
      expect(r.value.verdict).toBe(worst.adopted ? 'adopted' : best.adopted ? 'undetermined' : 'not_adopted');
      expect(r.value.undecided.length).toBe(withOpen.filter((v) => v === null).length);

      // A pivot is a member whose switch alone changes the verdict (an undecided one: whose choice settles it).
      const expectedPivots = c.electorate.voters.flatMap((v, i) => {
        const now = withOpen[i];
        if (now === 'absent') return [];
        const verdictIf = (to: OracleVote) => oracleVerdict(c.members, withOpen.with(i, to), rule);
        if (now === null) return verdictIf('yes') !== verdictIf('no') ? [v.code] : [];
        return verdictIf(now === 'yes' ? 'no' : 'yes') !== expected ? [v.code] : [];
      });
      expect(r.value.pivots.map((p) => p.code)).toEqual(expectedPivots);
    }),
    { numRuns: RUNS },
  );
});

test('tooCloseToCall is never raised when the figures are exact', () => {
  const anyPosition = fc.constantFrom<Position>('yes', 'no', 'abstain', 'absent', 'undecided');
  fc.assert(
    fc.property(
      anyCase.chain((c) => fc.tuple(fc.constant(c), fc.array(anyPosition, { minLength: c.members.length, maxLength: c.members.length }), anyRule)),
      ([c, positions, rule]) => {
        const r = evaluate(c.electorate, Object.fromEntries(c.electorate.voters.map((v, i) => [v.code, positions[i]!])), rule);
        if (!r.ok) throw new Error(r.error.message);
        expect([r.value.tooCloseToCall, r.value.best.tooCloseToCall, r.value.worst.tooCloseToCall]).toEqual([false, false, false]);
      },
    ),
    { numRuns: RUNS },
  );
});
