/**
 * Random votes for the surface property tests (tests/i18n/*.property.test.ts): every rule, custom
 * thresholds, undecided and absent members, percentage and persons datasets, votes built to hit
 * the four-member clause, Nice-rule votes, and percent-only tables with the population in favour
 * packed within a tenth of a point of 65 % or 62 % (so not in favour near 35 % or 38 %).
 */
import fc from 'fast-check';
import { DATASETS, electorateOf } from '../../src/core/data/datasets';
import { evaluate } from '../../src/core/rules/evaluate';
import type { Position, Positions, Rule } from '../../src/core/rules/vote';
import { ruleArb } from '../core/analysis/power/fixtures';
import type { Vote } from './surfaceChecks';

export type { Vote };

/** Council datasets: two-decimal percentages (2025, 2016 with the UK) and exact persons (2020). */
const DATA = DATASETS.filter((d) => d.role === 'council');
const PERCENT = DATA.filter((d) => d.figures === 'percentages');

const position = fc.oneof(
  { arbitrary: fc.constant<Position>('yes'), weight: 8 },
  { arbitrary: fc.constantFrom<Position>('no', 'abstain'), weight: 3 },
  { arbitrary: fc.constant<Position>('undecided'), weight: 2 },
  { arbitrary: fc.constant<Position>('absent'), weight: 1 },
);

const niceArb = fc.record({ kind: fc.constant('nice' as const), commissionProposal: fc.boolean(), populationCheck: fc.boolean() });

const toVote = (d: (typeof DATA)[number], positions: Positions, rule: Rule): Vote | null => {
  const e = electorateOf(d);
  const o = evaluate(e, positions, rule);
  return o.ok ? { input: { outcome: o.value, electorate: e, positions }, dataset: d, rule } : null;
};

/** Random positions; or the `big` most populous against and the rest in favour or undecided (the four-member clause). */
const randomArb: fc.Arbitrary<Vote | null> = fc
  .record({ d: fc.constantFrom(...DATA), rule: fc.oneof(fc.constant<Rule>({ kind: 'qmv' }), ruleArb, niceArb), big: fc.integer({ min: 0, max: 4 }), seed: fc.array(position, { minLength: 28, maxLength: 28 }) })
  .map(({ d, rule, big, seed }) => {
    const e = electorateOf(d);
    const byPop = [...e.voters].sort((a, b) => b.population - a.population).map((v) => v.code);
    const positions = Object.fromEntries(
      e.voters.map((v, i) => {
        const p = seed[i]!;
        return [v.code, big === 0 ? p : byPop.indexOf(v.code) < big ? 'no' : p === 'undecided' ? 'undecided' : 'yes'];
      }),
    ) as Positions;
    return toVote(d, positions, rule);
  });

/**
 * A percent-only table, members taken in a random order and put in favour while the share stays
 * within 0.1 points above the threshold: the population in favour lands at the threshold's edge,
 * inside or just outside the rounding band. The others vote no or abstain; a few may be undecided
 * or not participate.
 */
const nearArb: fc.Arbitrary<Vote | null> = fc
  .record({
    d: fc.constantFrom(...PERCENT),
    target: fc.constantFrom(65, 62),
    slack: fc.constantFrom(-0.08, -0.02, 0, 0.02, 0.1),
    order: fc.array(fc.nat(), { minLength: 28, maxLength: 28 }),
    rest: fc.array(fc.constantFrom<Position>('no', 'no', 'abstain', 'undecided', 'absent'), { minLength: 28, maxLength: 28 }),
    absentOk: fc.boolean(),
  })
  .map(({ d, target, slack, order, rest, absentOk }) => {
    const e = electorateOf(d);
    const ranked = e.voters.map((v, i) => ({ v, k: order[i]! })).sort((a, b) => a.k - b.k).map((x) => x.v);
    const positions: Record<string, Position> = {};
    e.voters.forEach((v, i) => {
      const p = rest[i]!;
      positions[v.code] = p === 'absent' && !absentOk ? 'no' : p;
    });
    const taking = e.voters.filter((v) => positions[v.code] !== 'absent').reduce((n, v) => n + v.population, 0);
    let yes = 0;
    for (const v of ranked) {
      if (positions[v.code] === 'absent') continue;
      if (((yes + v.population) / taking) * 100 <= target + slack + 0.1) {
        yes += v.population;
        positions[v.code] = 'yes';
      }
    }
    const rule: Rule = target === 62 ? { kind: 'nice', commissionProposal: true, populationCheck: true } : { kind: 'qmv' };
    return toVote(d, positions as Positions, rule);
  });

export const voteArb: fc.Arbitrary<Vote | null> = fc.oneof({ arbitrary: randomArb, weight: 3 }, { arbitrary: nearArb, weight: 1 });
