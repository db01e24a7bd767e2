/**
 * Counting minimal winning and minimal blocking coalitions.
 *
 * Both "wins" and "blocks" are monotone: adding a member never turns a winning (blocking) set
 * into a losing (non-blocking) one. A set D is minimal iff it satisfies the predicate and
 * D − {j} does not, for every j in D.
 *
 * Without weights (QMV, reinforced, simple, unanimity) the predicate is `p >= need[k]` for a
 * set of k members with population p. Then, claim: D (k members, population p) is minimal iff
 * `p >= need[k]` and `p - m < need[k - 1]`, where m is the smallest population in D.
 * Proof: every D − {j} has k − 1 members and population p − p_j <= p − m. If
 * p − m < need[k − 1] then p − p_j < need[k − 1] for all j, so no D − {j} satisfies the
 * predicate; conversely, if p − m >= need[k − 1], removing the smallest member leaves a set that
 * still does. Size-only cases fall out of the same test: need = −∞ (any set of that size
 * satisfies, so a set of size k with need[k − 1] = −∞ is never minimal) and need = +∞ (none does,
 * so every satisfying set of size k with need[k − 1] = +∞ is minimal).
 *
 * To know m cheaply the free members are sorted by population and the lower half goes to A:
 * then m is the smallest member of a (its lowest bit) whenever a is non-empty, and for each a the
 * admissible b form one population window [need[k] − p0 − pa, need[k − 1] + m − p0 − pa):
 * its lower end moves monotonically with pa (one pointer), its upper end is found by a galloping
 * search from there (the window is narrow: m is a small member's population).
 *
 * With Nice weights, removing a member lowers weight and population at once and no single member
 * is always the critical one, so minimal sets are counted by a depth-first enumeration that stops
 * as soon as the predicate holds (any extension of a satisfying set is not minimal) and prunes
 * branches that cannot reach it. Every node is a set that does not satisfy the predicate but
 * could, so there are at most n per winning coalition (for blocking: per winning complement):
 * fine for the Nice rule's at most 28 members, where about 2 % of coalitions win (EU-27: about
 * 2.1 million nodes, some 30 ms).
 */
import { blockingPopNeeded, type Game } from './game';
import type { Half } from './halves';

export type MinimalKind = 'winning' | 'blocking';

/** Members fixed in the counted sets (a filter's "include"), with their summed population and weight. */
export interface FixedIn {
  readonly members: readonly number[];
  readonly pop: number;
  readonly weight: number;
}

/** The first index i >= from with `xs[i] >= x` in an ascending array, galloping from `from`. */
function gallop(xs: Float64Array, x: number, from: number): number {
  let lo = from;
  let step = 1;
  let hi = from;
  while (hi < xs.length && xs[hi]! < x) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, xs.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Minimal winning (or blocking) sets by size, among those containing every fixed member and
 * otherwise drawn from the free members enumerated in A and B (built by `splitHalves`, so A's
 * members are the less populous). Games without weights only.
 * @example minimalByWindows(game, 'blocking', ...splitHalves(game, everyone, null), { members: [], pop: 0, weight: 0 })
 */
export function minimalByWindows(game: Game, kind: MinimalKind, A: Half, B: Half, fixed: FixedIn): number[] {
  const need = kind === 'winning' ? game.popNeeded : blockingPopNeeded(game);
  const pops = game.pops;
  const k0 = fixed.members.length;
  const p0 = fixed.pop;
  const m0 = Math.min(...fixed.members.map((i) => pops[i]!));
  const bySize = new Array<number>(game.n + 1).fill(0);
  for (let s1 = 0; s1 < A.buckets.length; s1++) {
    const a = A.buckets[s1]!;
    for (let s2 = 0; s2 < B.buckets.length; s2++) {
      const b = B.buckets[s2]!;
      const k = k0 + s1 + s2;
      if (k === 0) {
        // The empty set: minimal as soon as it satisfies the predicate (a losing unanimity-free game blocks with nobody).
        if (need[0]! <= 0) bySize[0]!++;
        continue;
      }
      const lo = need[k]!;
      const hi = need[k - 1]!;
      if (lo === Infinity || hi === -Infinity) continue;
      let count = 0;
      if (s1 === 0) {
        // a is empty: the smallest member is in b (or among the fixed members).
        for (let i = 0; i < b.pops.length; i++) {
          const mask = b.masks[i]!;
          const m = s2 === 0 ? m0 : Math.min(m0, pops[B.members[31 - Math.clz32(mask & -mask)]!]!);
          const p = p0 + b.pops[i]!;
          if (p >= lo && p - m < hi) count++;
        }
      } else {
        // As pa grows the window's lower end only moves down: walk it from the top.
        const bp = b.pops;
        let from = bp.length;
        for (let i = 0; i < a.pops.length; i++) {
          const mask = a.masks[i]!;
          const m = Math.min(m0, pops[A.members[31 - Math.clz32(mask & -mask)]!]!);
          const base = p0 + a.pops[i]!;
          while (from > 0 && bp[from - 1]! >= lo - base) from--;
          if (hi === Infinity) count += bp.length - from;
          else count += gallop(bp, hi + m - base, from) - from;
        }
      }
      bySize[k]! += count;
    }
  }
  return bySize;
}

/**
 * Minimal winning (or blocking) sets by size for games with weights, by enumeration: each node
 * is a set D that does not yet satisfy the predicate, extended by one member of higher index at
 * a time; a branch stops when D ∪ {all later members} cannot satisfy it, and an extension that
 * satisfies it is a leaf (its own extensions are not minimal). Members go heaviest first.
 * @example minimalByEnumeration(niceGame, 'winning', everyone, { members: [], pop: 0, weight: 0 })
 */
export function minimalByEnumeration(game: Game, kind: MinimalKind, free: readonly number[], fixed: FixedIn): number[] {
  const { pops, weights, n } = game;
  // Winning: w >= wt && p >= pt[k]. Blocking: the others do not win, i.e. (integers)
  // w >= totalWeight − weightNeeded + 1 || p >= totalPop + 1 − popNeeded[n − k].
  const conjunctive = kind === 'winning';
  const wt = conjunctive ? game.weightNeeded : game.totalWeight - game.weightNeeded + 1;
  const pt = conjunctive ? game.popNeeded : blockingPopNeeded(game);
  const holds = (k: number, w: number, p: number): boolean => (conjunctive ? w >= wt && p >= pt[k]! : w >= wt || p >= pt[k]!);
  const order = [...free].sort((x, y) => weights[y]! - weights[x]! || pops[y]! - pops[x]! || x - y);
  const f = order.length;
  const ow = Float64Array.from(order, (g) => weights[g]!);
  const op = Float64Array.from(order, (g) => pops[g]!);
  const sufW = new Float64Array(f + 1);
  const sufP = new Float64Array(f + 1);
  for (let t = f - 1; t >= 0; t--) {
    sufW[t] = sufW[t + 1]! + ow[t]!;
    sufP[t] = sufP[t + 1]! + op[t]!;
  }
  const k0 = fixed.members.length;
  const fw = fixed.members.map((g) => weights[g]!);
  const fp = fixed.members.map((g) => pops[g]!);
  const fixedMinW = Math.min(...fw);
  const fixedMinP = Math.min(...fp);
  // Weights and populations of the chosen members, heaviest first (the order they are added in).
  const sw = new Float64Array(f);
  const sp = new Float64Array(f);
  /**
   * Does D − {j} fail for every j of D (k members, weight w, population p; `chosen` of them
   * from the stack, `minPop` the least populous of those)?
   * Winning (AND): D − j fails iff w − wj < wt or p − pj < pt[k − 1]; the chosen members whose
   * removal keeps enough weight are the lightest, a suffix of the stack: only they need the
   * population test. Blocking (OR): D − j fails iff both drop below, so the lightest and the
   * least populous member decide.
   */
  const minimal = (k: number, w: number, p: number, chosen: number, minPop: number): boolean => {
    const lo = pt[k - 1] ?? Infinity;
    if (conjunctive) {
      for (let j = 0; j < k0; j++) if (w - fw[j]! >= wt && p - fp[j]! >= lo) return false;
      for (let j = chosen - 1; j >= 0 && w - sw[j]! >= wt; j--) if (p - sp[j]! >= lo) return false;
      return true;
    }
    const minW = chosen > 0 ? Math.min(sw[chosen - 1]!, fixedMinW) : fixedMinW;
    return k === 0 || (w - minW < wt && p - Math.min(minPop, fixedMinP) < lo);
  };
  const bySize = new Array<number>(n + 1).fill(0);
  if (holds(k0, fixed.weight, fixed.pop)) {
    if (minimal(k0, fixed.weight, fixed.pop, 0, Infinity)) bySize[k0]!++;
    return bySize;
  }
  // Depth d: the fixed members and d chosen ones; next[d] is the next candidate.
  const next = new Int32Array(f + 1);
  const cw = new Float64Array(f + 1);
  const cp = new Float64Array(f + 1);
  const cm = new Float64Array(f + 1);
  cw[0] = fixed.weight;
  cp[0] = fixed.pop;
  cm[0] = Infinity;
  let d = 0;
  while (d >= 0) {
    const t = next[d]!;
    const k = k0 + d;
    if (t >= f || !holds(k + f - t, cw[d]! + sufW[t]!, cp[d]! + sufP[t]!)) {
      d--;
      if (d >= 0) next[d]!++;
      continue;
    }
    const w = cw[d]! + ow[t]!;
    const p = cp[d]! + op[t]!;
    const m = Math.min(cm[d]!, op[t]!);
    sw[d] = ow[t]!;
    sp[d] = op[t]!;
    if (holds(k + 1, w, p)) {
      if (minimal(k + 1, w, p, d + 1, m)) bySize[k + 1]!++;
      next[d]!++;
    } else {
      d++;
      cw[d] = w;
      cp[d] = p;
      cm[d] = m;
      next[d] = t + 1;
    }
  }
  return bySize;
}
