/**
 * One half of a meet-in-the-middle split: every subset of up to 22 members, grouped by size and
 * sorted by population within each size. The sorted order comes from merging (the subset sums
 * of the first j members, sorted, merged with the same list shifted by member j's population),
 * so no comparison sort is needed: O(h · 2^h) for h members.
 */

/** The subsets of one size. Arrays are parallel; `pops` is ascending. */
export interface Bucket {
  /** Bit j set when `Half.members[j]` is in the subset. */
  readonly masks: Uint32Array;
  readonly pops: Float64Array;
  /** Nice weights of the subsets, or null in a game without weights. */
  readonly weights: Int32Array | null;
  /** Indices into the bucket ordered by weight ascending (weighted games only). */
  readonly byWeight: Uint32Array | null;
  /** Probability of exactly this subset voting yes (among the half), or null: each counts 1. */
  readonly vals: Float64Array | null;
  /** `prefix[i]` = sum of the first i values, length `pops.length + 1`; null when counting (it would be i). */
  readonly prefix: Float64Array | null;
  readonly total: number;
}

export interface Half {
  /** Game indices of the members; bit j of a mask stands for `members[j]`. */
  readonly members: readonly number[];
  /** `buckets[s]`: the subsets of size s. */
  readonly buckets: readonly Bucket[];
}

export interface HalfInput {
  readonly members: readonly number[];
  readonly pops: readonly number[];
  /** Weights by game index, or null. */
  readonly weights: readonly number[] | null;
  /** Yes-probabilities by game index, or null to count subsets. */
  readonly probs: readonly number[] | null;
}

/** Index of the lowest set bit of a non-zero mask. */
const lowestBit = (mask: number): number => 31 - Math.clz32(mask & -mask);

/**
 * The first index i with `xs[i] >= x` in an ascending array (`xs.length` when none).
 * @example lowerBound(Float64Array.of(1, 3, 3, 7), 3) // 1
 */
export function lowerBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Number of set bits of a 32-bit mask.
 * @example popcount(0b1011) // 3
 */
export function popcount(mask: number): number {
  let x = mask - ((mask >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Enumerates the subsets of `input.members` (at most 22) and buckets them by size.
 * @example enumerateHalf({ members: [0, 1], pops: [5, 7], weights: null, probs: null }).buckets[1].pops // [5, 7]
 */
export function enumerateHalf(input: HalfInput): Half {
  const h = input.members.length;
  if (h > 22) throw new Error(`enumerateHalf: ${h} members is too many for one half`);
  const size = 2 ** h;
  let m = new Uint32Array(size);
  let p = new Float64Array(size);
  let m2 = new Uint32Array(size);
  let p2 = new Float64Array(size);
  let len = 1;
  for (let j = 0; j < h; j++) {
    const x = input.pops[input.members[j]!]!;
    const bit = 2 ** j;
    // Merge "without member j" (i) and "with member j" (k); ties keep "without" first.
    let i = 0;
    let k = 0;
    let o = 0;
    while (i < len && k < len) {
      const pi = p[i]!;
      const pk = p[k]! + x;
      if (pi <= pk) {
        m2[o] = m[i++]!;
        p2[o++] = pi;
      } else {
        m2[o] = m[k++]! + bit;
        p2[o++] = pk;
      }
    }
    while (i < len) {
      m2[o] = m[i]!;
      p2[o++] = p[i++]!;
    }
    while (k < len) {
      m2[o] = m[k]! + bit;
      p2[o++] = p[k++]! + x;
    }
    const tm = m;
    m = m2;
    m2 = tm;
    const tp = p;
    p = p2;
    p2 = tp;
    len *= 2;
  }
    // The spare buffers (m2, p2) become the buckets' storage: the merge's peak is the half's peak.
  return { members: input.members, buckets: bucketsOf(h, m, p, m2, p2, weightTable(input), valTable(input)) };
}

/** Weight of every subset, indexed by mask. */
function weightTable(input: HalfInput): Int32Array | null {
  if (!input.weights) return null;
  const t = new Int32Array(2 ** input.members.length);
  for (let mask = 1; mask < t.length; mask++) {
    const low = lowestBit(mask);
    t[mask] = t[mask - 2 ** low]! + input.weights[input.members[low]!]!;
  }
  return t;
}

/** Probability of every subset voting yes while the rest of the half votes no, indexed by mask. */
function valTable(input: HalfInput): Float64Array | null {
  if (!input.probs) return null;
  const t = new Float64Array(2 ** input.members.length);
  t[0] = 1;
  for (let j = 0, len = 1; j < input.members.length; j++, len *= 2) {
    const q = input.probs[input.members[j]!]!;
    for (let mask = 0; mask < len; mask++) {
      t[mask + len] = t[mask]! * q;
      t[mask] = t[mask]! * (1 - q);
    }
  }
  return t;
}

function bucketsOf(
  h: number,
  m: Uint32Array,
  p: Float64Array,
  masksOut: Uint32Array,
  popsOut: Float64Array,
  w: Int32Array | null,
  v: Float64Array | null,
): Bucket[] {
  const starts = new Array<number>(h + 2).fill(0);
  for (let i = 0; i < m.length; i++) starts[popcount(m[i]!) + 1]!++;
  for (let s = 1; s <= h + 1; s++) starts[s]! += starts[s - 1]!;
  const weightsOut = w ? new Int32Array(m.length) : null;
  const valsOut = v ? new Float64Array(m.length) : null;
  const fill = starts.slice(0, h + 1);
  for (let i = 0; i < m.length; i++) {
    const mask = m[i]!;
    const o = fill[popcount(mask)]!++;
    masksOut[o] = mask;
    popsOut[o] = p[i]!;
    if (weightsOut) weightsOut[o] = w![mask]!;
    if (valsOut) valsOut[o] = v![mask]!;
  }
  return Array.from({ length: h + 1 }, (_, s) => {
    const from = starts[s]!;
    const to = starts[s + 1]!;
    const weights = weightsOut ? weightsOut.subarray(from, to) : null;
    const vals = valsOut ? valsOut.subarray(from, to) : null;
    let prefix: Float64Array | null = null;
    if (vals) {
      prefix = new Float64Array(to - from + 1);
      for (let i = 0; i < vals.length; i++) prefix[i + 1] = prefix[i]! + vals[i]!;
    }
    return {
      masks: masksOut.subarray(from, to),
      pops: popsOut.subarray(from, to),
      weights,
      byWeight: weights ? orderByWeight(weights) : null,
      vals,
      prefix,
      total: prefix ? prefix[to - from]! : to - from,
    };
  });
}

/** Counting sort of indices by (small, non-negative) weight. */
function orderByWeight(weights: Int32Array): Uint32Array {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, weights[i]!);
  const start = new Uint32Array(max + 2);
  for (let i = 0; i < weights.length; i++) start[weights[i]! + 1]!++;
  for (let x = 1; x <= max + 1; x++) start[x]! += start[x - 1]!;
  const order = new Uint32Array(weights.length);
  for (let i = 0; i < weights.length; i++) order[start[weights[i]!]!++] = i;
  return order;
}

/**
 * For each member bit j, the sum of the values of the bucket's subsets that contain it
 * (for counts: how many of them do).
 * @example memberSums(half.buckets[2], half.members.length)
 */
export function memberSums(bucket: Bucket, h: number): Float64Array {
  const out = new Float64Array(h);
  const { masks, vals } = bucket;
  for (let i = 0; i < masks.length; i++) {
    const val = vals ? vals[i]! : 1;
    for (let mask = masks[i]!; mask !== 0; mask &= mask - 1) out[lowestBit(mask)]! += val;
  }
  return out;
}
