import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallestByHalves } from '../../../../src/core/analysis/power/smallestByHalves';
import { smallestByBranchAndBound, type Candidate, type Enough, type SmallestSets } from '../../../../src/core/analysis/power/smallestSets';

/** Every subset, smallest that satisfies `enough`: its size, how many, their populations ascending. */
function brute(items: readonly Candidate[], enough: Enough) {
  let best: { size: number; pops: number[] } | null = null;
  for (let mask = 0; mask < 2 ** items.length; mask++) {
    const set = items.filter((_, j) => mask & (2 ** j));
    const w = set.reduce((s, c) => s + c.weight, 0);
    const p = set.reduce((s, c) => s + c.pop, 0);
    if ((best && set.length > best.size) || !enough(set.length, w, p)) continue;
    if (!best || set.length < best.size) best = { size: set.length, pops: [p] };
    else best.pops.push(p);
  }
  return { size: best?.size ?? null, count: best?.pops.length ?? 0, pops: (best?.pops ?? []).sort((a, b) => a - b) };
}

function expectSame(found: SmallestSets, items: readonly Candidate[], enough: Enough, limit: number) {
  const b = brute(items, enough);
  expect({ size: found.size, count: found.count, truncated: found.truncated }).toEqual({ size: b.size, count: b.count, truncated: false });
  expect(found.sets.map((s) => s.pop)).toEqual(b.pops.slice(0, limit));
  // Each listed set is what it says: its members' populations add up, and it suffices.
  for (const s of found.sets) {
    const chosen = items.filter((c) => s.ids.includes(c.id));
    expect(chosen.length).toBe(found.size);
    expect(chosen.reduce((t, c) => t + c.pop, 0)).toBe(s.pop);
    expect(enough(chosen.length, chosen.reduce((t, c) => t + c.weight, 0), s.pop)).toBe(true);
  }
}

/** Populations with frequent ties, and a threshold for each size (any, as long as monotone in p). */
const popArb = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(1, 10, 100, 101));
const caseArb = (weighted: boolean) =>
  fc.array(fc.record({ pop: popArb, weight: weighted ? fc.integer({ min: 0, max: 9 }) : fc.constant(0) }), { minLength: 0, maxLength: 13 }).chain((cs) =>
    fc.record({
      items: fc.constant(cs.map((c, id) => ({ id, ...c }))),
      popNeed: fc.array(fc.integer({ min: -10, max: 6000 }), { minLength: cs.length + 1, maxLength: cs.length + 1 }),
      weightNeed: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: cs.length + 1, maxLength: cs.length + 1 }),
      limit: fc.integer({ min: 1, max: 6 }),
    }),
  );

describe('smallest sets: both searches agree with every subset tried', () => {
  it('meet in the middle, without weights', () => {
    fc.assert(
      fc.property(caseArb(false), ({ items, popNeed, limit }) => {
        const enough: Enough = (m, _w, p) => p >= popNeed[m]!;
        expectSame(smallestByHalves(items, enough, limit), items, enough, limit);
      }),
      { numRuns: 300 },
    );
  });
  it('branch and bound, with weights (either condition, as blocking is)', () => {
    fc.assert(
      fc.property(caseArb(true), fc.boolean(), ({ items, popNeed, weightNeed, limit }, either) => {
        const enough: Enough = either
          ? (m, w, p) => p >= popNeed[m]! || w >= weightNeed[m]!
          : (m, w, p) => p >= popNeed[m]! && w >= weightNeed[m]!;
        expectSame(smallestByBranchAndBound(items, enough, { limit }), items, enough, limit);
      }),
      { numRuns: 300 },
    );
  });
  it('at Council sizes (30 to 40 members) the two searches agree wherever branch and bound finishes', () => {
    const big = fc.integer({ min: 30, max: 40 }).chain((n) =>
      fc.record({
        items: fc.array(fc.integer({ min: 1, max: 90_000_000 }), { minLength: n, maxLength: n }).map((pops) => pops.map((pop, id) => ({ id, pop, weight: 0 }))),
        // A share of the total that the smallest sets must reach: high, so the answers are few enough to enumerate.
        share: fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        minSize: fc.integer({ min: 0, max: 20 }),
      }),
    );
    let compared = 0;
    fc.assert(
      fc.property(big, ({ items, share, minSize }) => {
        const need = Math.ceil(share * items.reduce((t, c) => t + c.pop, 0));
        const enough: Enough = (m, _w, p) => m >= minSize && p >= need;
        const bb = smallestByBranchAndBound(items, enough, { limit: 5, budget: 300_000 });
        if (bb.truncated) return;
        compared++;
        const mitm = smallestByHalves(items, enough, 5);
        expect({ size: mitm.size, count: mitm.count }).toEqual({ size: bb.size, count: bb.count });
        expect(mitm.sets.map((x) => x.pop)).toEqual(bb.sets.map((x) => x.pop));
      }),
      { numRuns: 40 },
    );
    expect(compared).toBeGreaterThan(10);
  });

  it('branch and bound says when it ran out of budget instead of guessing', () => {
    const items = Array.from({ length: 30 }, (_, id) => ({ id, pop: 10, weight: 1 }));
    const r = smallestByBranchAndBound(items, (m) => m >= 15, { limit: 3, budget: 1000 });
    expect(r.truncated).toBe(true);
    expect(r.count).toBeLessThan(155_117_520); // C(30, 15): a lower bound, said to be one
  });
});
