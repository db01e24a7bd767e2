/**
 * smallestSets without weights, exactly and without a search budget: for a fixed number m of
 * members the condition is a population threshold T(m), so the sets that suffice are the
 * m-subsets with population >= T(m). Meet in the middle (as for the power indices): each half's
 * subsets are bucketed by size and sorted by population, so for every subset of one half the
 * partners in the other half that complete it form a suffix, found by a moving pointer. That
 * counts them exactly and yields the least-population sets in O(2^(n/2) · limit) at worst.
 */
import { enumerateHalf, type Half } from './halves';
import type { Candidate, Enough, SmallestSets } from './candidates';

/** The least whole population p with `enough(m, 0, p)`, or Infinity when even `most` is not enough. */
function thresholdOf(enough: Enough, m: number, most: number): number {
  if (!enough(m, 0, most)) return Infinity;
  let lo = 0;
  let hi = most;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (enough(m, 0, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Pick {
  readonly pop: number;
  readonly maskA: number;
  readonly maskB: number;
}

/** Keeps `best` sorted by population, at most `limit` long; equal populations keep arrival order. */
function offer(best: Pick[], pick: Pick, limit: number): void {
  let i = best.length;
  while (i > 0 && best[i - 1]!.pop > pick.pop) i--;
  if (i >= limit) return;
  best.splice(i, 0, pick);
  if (best.length > limit) best.pop();
}

/** Indices into the sorted candidates of the members a half's mask holds. */
const membersOf = (half: Half, mask: number): number[] => half.members.filter((_, j) => mask & (2 ** j));

/**
 * The smallest sets of unweighted candidates for which `enough` holds (see smallestSets).
 * @example smallestByHalves([{ id: 0, pop: 5, weight: 0 }, { id: 1, pop: 3, weight: 0 }], (m, w, p) => p >= 4, 5)
 * // { size: 1, sets: [{ ids: [0], pop: 5 }], count: 1, truncated: false }
 */
export function smallestByHalves(candidates: readonly Candidate[], enough: Enough, limit: number): SmallestSets {
  const items = [...candidates].sort((a, b) => b.pop - a.pop || a.id - b.id);
  const pops = items.map((c) => c.pop);
  const all = pops.reduce((s, p) => s + p, 0);
  let m = 0;
  let need = thresholdOf(enough, 0, all);
  for (let top = 0; top < need; ) {
    if (++m > items.length) return { size: null, sets: [], count: 0, truncated: false };
    top += pops[m - 1]!;
    need = thresholdOf(enough, m, all);
  }
  // Alternate members between the halves, so both get big and small ones.
  const split = (parity: number) => enumerateHalf({ members: pops.flatMap((_, i) => (i % 2 === parity ? [i] : [])), pops, weights: null, probs: null });
  const [A, B] = [split(0), split(1)];
  let count = 0;
  const best: Pick[] = [];
  for (let s1 = 0; s1 < A.buckets.length; s1++) {
    const s2 = m - s1;
    if (s2 < 0 || s2 >= B.buckets.length) continue;
    const a = A.buckets[s1]!;
    const b = B.buckets[s2]!;
    // As a's population grows, the partners it needs start lower: j only moves down.
    let j = b.pops.length;
    for (let i = 0; i < a.pops.length; i++) {
      const pa = a.pops[i]!;
      while (j > 0 && pa + b.pops[j - 1]! >= need) j--;
      count += b.pops.length - j;
      for (let t = j; t < b.pops.length; t++) {
        const pop = pa + b.pops[t]!;
        if (best.length === limit && pop >= best[limit - 1]!.pop) break;
        offer(best, { pop, maskA: a.masks[i]!, maskB: b.masks[t]! }, limit);
      }
    }
  }
  return {
    size: m,
    // Most populous first, as the branch-and-bound search lists them.
    sets: best.map((p) => ({ ids: [...membersOf(A, p.maskA), ...membersOf(B, p.maskB)].sort((x, y) => x - y).map((i) => items[i]!.id), pop: p.pop })),
    count,
    truncated: false,
  };
}
