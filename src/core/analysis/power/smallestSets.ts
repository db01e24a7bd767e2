/**
 * The smallest sets of candidates that satisfy a monotone condition on three numbers: how many
 * members the set has, its Nice weight and its population. Every "what would it take" question
 * reduces to this, because under every Council rule a coalition wins or blocks by its size,
 * weight and population only (see game.ts).
 *
 * Without weights (every rule but Nice) the answer is exact and complete by meet in the middle
 * (smallestByHalves.ts). With weights, by branch and bound: candidates are taken in descending population, so the most a set
 * can still gain is the sum of the next few populations; a branch that cannot reach the
 * condition even then is cut. Sets of the smallest size are all visited (and counted) unless
 * there are more than `budget` nodes to visit, in which case the answer says so.
 */
import type { Candidate, Enough, SearchOptions, SmallestSets } from './candidates';
import { smallestByHalves } from './smallestByHalves';

export type { Candidate, Enough, SearchOptions, SmallestSets } from './candidates';

const DEFAULT_BUDGET = 4_000_000;
const QUICK_BUDGET = 100_000;

/**
 * Smallest sets of `candidates` for which `enough` holds. `enough(0, 0, 0)` true gives size 0.
 * @example smallestSets([{ id: 0, pop: 5, weight: 0 }, { id: 1, pop: 3, weight: 0 }], (m, w, p) => p >= 4, { limit: 5 })
 * // { size: 1, sets: [{ ids: [0], pop: 5 }], count: 1, truncated: false }
 */
export function smallestSets(candidates: readonly Candidate[], enough: Enough, options: SearchOptions): SmallestSets {
  if (candidates.some((c) => c.weight !== 0)) return smallestByBranchAndBound(candidates, enough, options);
  // Most questions are settled by a short search; the halves take a fixed ~2^(n/2) however easy.
  const quick = smallestByBranchAndBound(candidates, enough, { ...options, budget: QUICK_BUDGET });
  return quick.truncated ? smallestByHalves(candidates, enough, options.limit) : quick;
}

/**
 * smallestSets by branch and bound, for weighted games; gives up counting after `budget` nodes.
 * @example smallestByBranchAndBound([{ id: 0, pop: 5, weight: 2 }], (m, w, p) => w >= 2, { limit: 5 }) // size 1
 */
export function smallestByBranchAndBound(candidates: readonly Candidate[], enough: Enough, options: SearchOptions): SmallestSets {
  if (enough(0, 0, 0)) return { size: 0, sets: [{ ids: [], pop: 0 }], count: 1, truncated: false };
  const items = [...candidates].sort((a, b) => b.pop - a.pop || a.id - b.id);
  const n = items.length;
  const popAfter = new Float64Array(n + 1); // popAfter[i]: prefix sums of populations, for bounds
  for (let i = 0; i < n; i++) popAfter[i + 1] = popAfter[i]! + items[i]!.pop;
  // The heaviest weights, whoever holds them: a loose but valid bound on what any r members add.
  const weightsDesc = items.map((c) => c.weight).sort((a, b) => b - a);
  const topWeight = new Float64Array(n + 1);
  for (let r = 0; r < n; r++) topWeight[r + 1] = topWeight[r]! + weightsDesc[r]!;
  let budget = options.budget ?? DEFAULT_BUDGET;
  for (let m = 1; m <= n; m++) {
    if (!enough(m, topWeight[m]!, popAfter[m]!)) continue;
    const found: { ids: number[]; pop: number }[] = [];
    let count = 0;
    let truncated = false;
    const chosen: number[] = [];
    const visit = (start: number, w: number, p: number): void => {
      const left = m - chosen.length;
      if (left === 0) {
        if (enough(m, w, p)) {
          count++;
          found.push({ ids: chosen.map((i) => items[i]!.id), pop: p });
          if (found.length > 4 * options.limit) keepLeast(found, options.limit);
        }
        return;
      }
      for (let i = start; i + left <= n; i++) {
        if (--budget < 0) {
          truncated = true;
          return;
        }
        // The best the rest can do from here: the next `left` populations, all the top weights.
        if (!enough(m, w + topWeight[left]!, p + popAfter[i + left]! - popAfter[i]!)) return;
        chosen.push(i);
        visit(i + 1, w + items[i]!.weight, p + items[i]!.pop);
        chosen.pop();
        if (truncated) return;
      }
    };
    visit(0, 0, 0);
    if (count > 0 || truncated) {
      keepLeast(found, options.limit);
      return { size: count > 0 ? m : null, sets: found, count, truncated };
    }
  }
  return { size: null, sets: [], count: 0, truncated: false };
}

/** Keeps the `limit` sets of least population, in order (stable, so ties keep search order). */
function keepLeast(sets: { ids: number[]; pop: number }[], limit: number): void {
  sets.sort((a, b) => a.pop - b.pop);
  sets.length = Math.min(sets.length, limit);
}
