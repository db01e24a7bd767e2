/**
 * The meet-in-the-middle core: for two halves A and B of the free members and every pair of
 * sizes (s1, s2), which pairs (a, b) form a winning coalition a ∪ b ∪ fixed. Since winning is
 * `w >= weightNeeded && p >= popNeeded[k]` (see game.ts), for fixed sizes it is a window on the
 * summed population (a two-pointer pass over the two sorted buckets), plus, under the Nice rule,
 * a lower bound on the summed weight (a Fenwick tree over B's population order, filled in
 * decreasing weight while A is scanned in increasing weight).
 */
import type { Game } from './game';
import { enumerateHalf, lowerBound, type Bucket, type Half } from './halves';

/** Members voting yes whatever happens (a filter's "include", a probability of 1). */
export interface Fixed {
  readonly size: number;
  readonly weight: number;
  readonly pop: number;
}

export const NO_FIXED: Fixed = { size: 0, weight: 0, pop: 0 };

export interface SizePair {
  /** Coalition size, fixed members included. */
  readonly k: number;
  readonly s1: number;
  readonly s2: number;
  readonly a: Bucket;
  readonly b: Bucket;
  /** Every pair of the two buckets wins: `outA`/`outB` are not filled. */
  readonly all: boolean;
  /** Sum over the winning pairs of val(a)·val(b) (counts: the number of winning pairs). */
  readonly total: number;
}

/**
 * `outX[x]` = the summed value of the subsets y of `Y` with `px + py >= needP` (both buckets
 * sorted by population): a pointer that only moves down as px grows.
 */
function windowSums(X: Bucket, Y: Bucket, needP: number, outX: Float64Array): void {
  const xp = X.pops;
  const yp = Y.pops;
  const pre = Y.prefix;
  const total = Y.total;
  let j = yp.length;
  for (let i = 0; i < xp.length; i++) {
    const lo = needP - xp[i]!;
    while (j > 0 && yp[j - 1]! >= lo) j--;
    outX[i] = pre ? total - pre[j]! : total - j;
  }
}

/**
 * `outX[x]` = the summed value of the subsets y of `Y` with `wx + wy >= needW` and
 * `px + py >= needP`. O((|X| + |Y|) log |Y|).
 */
function weightedSums(X: Bucket, Y: Bucket, needW: number, needP: number, outX: Float64Array, tree: Float64Array): void {
  const ny = Y.pops.length;
  tree.fill(0, 0, ny + 1);
  const xOrder = X.byWeight!;
  const yOrder = Y.byWeight!;
  const xw = X.weights!;
  const yw = Y.weights!;
  let inserted = 0;
  let t = ny - 1;
  for (let r = 0; r < xOrder.length; r++) {
    const x = xOrder[r]!;
    const need = needW - xw[x]!;
    while (t >= 0 && yw[yOrder[t]!]! >= need) {
      const y = yOrder[t--]!;
      const val = Y.vals ? Y.vals[y]! : 1;
      inserted += val;
      for (let i = y + 1; i <= ny; i += i & -i) tree[i]! += val;
    }
    // Subtract what was inserted below the population range that wins.
    let below = 0;
    for (let i = lowerBound(Y.pops, needP - X.pops[x]!); i > 0; i -= i & -i) below += tree[i]!;
    outX[x] = inserted - below;
  }
}

function dot(vals: Float64Array | null, out: Float64Array, n: number): number {
  let s = 0;
  if (vals) for (let i = 0; i < n; i++) s += vals[i]! * out[i]!;
  else for (let i = 0; i < n; i++) s += out[i]!;
  return s;
}

/** Largest bucket of a half, to size the scratch arrays once. */
function widest(half: Half): number {
  return Math.max(...half.buckets.map((b) => b.pops.length));
}

/**
 * Visits every size pair that has winning pairs. `sides` asks for the per-subset sums of both
 * halves (`outA[a]` = value of the b completing a to a win, and vice versa); without it only
 * `outA` is filled. The arrays are reused: read them inside `visit`.
 * @example forEachSizePair(game, A, B, NO_FIXED, false, (pair) => { total += pair.total; });
 */
export function forEachSizePair(
  game: Game,
  A: Half,
  B: Half,
  fixed: Fixed,
  sides: boolean,
  visit: (pair: SizePair, outA: Float64Array, outB: Float64Array) => void,
): void {
  const outA = new Float64Array(widest(A));
  const outB = new Float64Array(sides ? widest(B) : 0);
  const weighted = game.weightNeeded - fixed.weight > 0;
  const tree = new Float64Array(weighted ? Math.max(widest(A), widest(B)) + 1 : 0);
  const needW = game.weightNeeded - fixed.weight;
  for (let s1 = 0; s1 < A.buckets.length; s1++) {
    const a = A.buckets[s1]!;
    for (let s2 = 0; s2 < B.buckets.length; s2++) {
      const b = B.buckets[s2]!;
      const k = fixed.size + s1 + s2;
      const needP = game.popNeeded[k]! - fixed.pop;
      // No skipping on a zero bucket total: a conditional sum may still need the other side.
      if (needP === Infinity) continue;
      if (!weighted && needP === -Infinity) {
        visit({ k, s1, s2, a, b, all: true, total: a.total * b.total }, outA, outB);
        continue;
      }
      if (weighted) {
        weightedSums(a, b, needW, needP, outA, tree);
        if (sides) weightedSums(b, a, needW, needP, outB, tree);
      } else {
        windowSums(a, b, needP, outA);
        if (sides) windowSums(b, a, needP, outB);
      }
      visit({ k, s1, s2, a, b, all: false, total: dot(a.vals, outA, a.pops.length) }, outA, outB);
    }
  }
}

/**
 * `acc[member · stride + col] += val(x) · out[x]` for every subset x of `bucket` and each of its
 * members: the value of the winning coalitions that contain the member.
 * @example spread(A, pair.a, outA, byMember, n + 1, pair.k)
 */
export function spread(half: Half, bucket: Bucket, out: Float64Array, acc: Float64Array, stride: number, col: number): void {
  const { masks, vals } = bucket;
  const members = half.members;
  for (let i = 0; i < masks.length; i++) {
    const v = vals ? vals[i]! * out[i]! : out[i]!;
    if (v === 0) continue;
    for (let mask = masks[i]!; mask !== 0; mask &= mask - 1) acc[members[31 - Math.clz32(mask & -mask)]! * stride + col]! += v;
  }
}

/**
 * As `spread` when every pair wins: each subset's sum is the other bucket's total.
 * @example spreadAll(A, memberSums(pair.a, A.members.length), pair.b.total, byMember, n + 1, pair.k)
 */
export function spreadAll(half: Half, sums: Float64Array, otherTotal: number, acc: Float64Array, stride: number, col: number): void {
  for (let j = 0; j < sums.length; j++) acc[half.members[j]! * stride + col]! += sums[j]! * otherTotal;
}

/**
 * Splits the free members into two halves, sorted by population (ties by index) with the lower
 * half in A: every member of A has at most the population of every member of B, which
 * minimal.ts relies on. Weights are enumerated only when the rule has them.
 * @example const [A, B] = splitHalves(game, game.pops.map((_, i) => i), null);
 */
export function splitHalves(game: Game, free: readonly number[], probs: readonly number[] | null): [Half, Half] {
  const sorted = [...free].sort((x, y) => game.pops[x]! - game.pops[y]! || x - y);
  const h = sorted.length >> 1;
  const weights = game.weightNeeded > 0 ? game.weights : null;
  return [
    enumerateHalf({ members: sorted.slice(0, h), pops: game.pops, weights, probs }),
    enumerateHalf({ members: sorted.slice(h), pops: game.pops, weights, probs }),
  ];
}
