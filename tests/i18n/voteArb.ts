/**
 * Random votes for the surface property tests (tests/i18n/*.property.test.ts): every rule, custom
 * thresholds, undecided and absent members, percentage and persons datasets, and votes built to
 * hit the four-member clause.
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

const position = fc.oneof(
  { arbitrary: fc.constant<Position>('yes'), weight: 8 },
  { arbitrary: fc.constantFrom<Position>('no', 'abstain'), weight: 3 },
  { arbitrary: fc.constant<Position>('undecided'), weight: 2 },
  { arbitrary: fc.constant<Position>('absent'), weight: 1 },
);

/** Random positions; or the `big` most populous against and the rest in favour or undecided (the four-member clause). */
export const voteArb: fc.Arbitrary<Vote | null> = fc
  .record({ d: fc.constantFrom(...DATA), rule: fc.oneof(fc.constant<Rule>({ kind: 'qmv' }), ruleArb), big: fc.integer({ min: 0, max: 4 }), seed: fc.array(position, { minLength: 28, maxLength: 28 }) })
  .map(({ d, rule, big, seed }) => {
    const e = electorateOf(d);
    const byPop = [...e.voters].sort((a, b) => b.population - a.population).map((v) => v.code);
    const positions = Object.fromEntries(
      e.voters.map((v, i) => {
        const p = seed[i]!;
        return [v.code, big === 0 ? p : byPop.indexOf(v.code) < big ? 'no' : p === 'undecided' ? 'undecided' : 'yes'];
      }),
    ) as Positions;
    const o = evaluate(e, positions, rule);
    return o.ok ? { input: { outcome: o.value, electorate: e, positions }, dataset: d, rule } : null;
  });

