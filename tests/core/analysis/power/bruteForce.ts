/**
 * An independent brute force for the power tests: every one of the 2^n coalitions of the
 * participants, each decided by the rules read literally from rules.md (no population windows,
 * no thresholds shared with src/core/power), then swings, Shapley–Shubik, coalition counts and
 * probabilities by definition. Minimality is checked against every member, not only the
 * smallest. Meant for n <= 20.
 */
import type { Rule } from '../../../../src/core/rules/vote';

export interface BruteMember {
  readonly pop: number;
  readonly weight: number;
}

/** The literal blocking minimum of Art. 238(3)(a) TFEU: fewest members over 35 %, plus one. */
export function blockingMinimum(pops: readonly number[]): number {
  const sorted = [...pops].sort((a, b) => b - a);
  const whole = sorted.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let k = 1; k <= sorted.length; k++) {
    acc += sorted[k - 1]!;
    if (acc * 100 > 35 * whole) return k + 1;
  }
  return sorted.length + 1;
}

/** `win[mask]` for every coalition of yes-voters among `members` (all participating; `full`: nobody absent). */
export function winTable(members: readonly BruteMember[], full: boolean, rule: Rule): Uint8Array {
  const n = members.length;
  const P = members.reduce((s, m) => s + m.pop, 0);
  const W = members.reduce((s, m) => s + m.weight, 0);
  const blockMin = full ? 4 : blockingMinimum(members.map((m) => m.pop));
  const size = 2 ** n;
  const pop = new Float64Array(size);
  const weight = new Float64Array(size);
  const count = new Uint8Array(size);
  const win = new Uint8Array(size);
  for (let mask = 0; mask < size; mask++) {
    if (mask > 0) {
      const low = 31 - Math.clz32(mask & -mask);
      const rest = mask - 2 ** low;
      pop[mask] = pop[rest]! + members[low]!.pop;
      weight[mask] = weight[rest]! + members[low]!.weight;
      count[mask] = count[rest]! + 1;
    }
    const y = count[mask]!;
    const p = pop[mask]!;
    let adopted: boolean;
    switch (rule.kind) {
      case 'qmv':
        adopted = n > 0 && y * 100 >= 55 * n && (!full || y >= 15) && (p * 100 >= 65 * P || n - y < blockMin);
        break;
      case 'reinforced':
        adopted = n > 0 && y * 100 >= 72 * n && p * 100 >= 65 * P;
        break;
      case 'simple':
        adopted = 2 * y > n;
        break;
      case 'unanimity':
        adopted = n > 0 && y === n;
        break;
      case 'nice':
        adopted =
          n > 0 &&
          weight[mask]! * 352 >= 260 * W &&
          (rule.commissionProposal ? 2 * y > n : 3 * y >= 2 * n) &&
          (!rule.populationCheck || p * 100 >= 62 * P);
        break;
      case 'custom':
        adopted =
          n > 0 &&
          y >= 1 &&
          y >= rule.minMembers &&
          y * 100 >= rule.memberPct * n &&
          (!rule.populationPct || p * 100 >= rule.populationPct * P || (!!rule.blockingMembers && n - y < rule.blockingMembers));
        break;
    }
    win[mask] = adopted ? 1 : 0;
  }
  return win;
}

function popcount(mask: number): number {
  let c = 0;
  for (let m = mask; m !== 0; m &= m - 1) c++;
  return c;
}

export interface BrutePower {
  readonly swings: number[];
  readonly shapleyShubik: number[];
}

/** Swings and Shapley–Shubik by definition: s!(n − s − 1)!/n! for each coalition i turns. */
export function brutePower(win: Uint8Array, n: number): BrutePower {
  const swings = new Array<number>(n).fill(0);
  const ss = new Array<number>(n).fill(0);
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const weight = Array.from({ length: n }, (_, s) => (factorial(s) * factorial(n - s - 1)) / factorial(n));
  for (let mask = 0; mask < win.length; mask++) {
    if (win[mask]) continue;
    const w = weight[popcount(mask)]!;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i) || !win[mask | (1 << i)]) continue;
      swings[i]!++;
      ss[i]! += w;
    }
  }
  return { swings, shapleyShubik: ss };
}

export interface BruteCounts {
  readonly winning: number[];
  readonly minimalWinning: number[];
  readonly minimalBlocking: number[];
}

/** Coalitions containing all of `include` and none of `exclude` (bit masks), by size. */
export function bruteCounts(win: Uint8Array, n: number, include = 0, exclude = 0): BruteCounts {
  const full = win.length - 1;
  const winning = new Array<number>(n + 1).fill(0);
  const minimalWinning = new Array<number>(n + 1).fill(0);
  const minimalBlocking = new Array<number>(n + 1).fill(0);
  for (let mask = 0; mask < win.length; mask++) {
    if ((mask & include) !== include || (mask & exclude) !== 0) continue;
    const k = popcount(mask);
    let removable = false;
    let unblocks = true;
    const others = full - mask;
    for (let j = 0; j < n; j++) {
      if (!(mask & (1 << j))) continue;
      if (win[mask - (1 << j)]) removable = true;
      if (!win[others + (1 << j)]) unblocks = false;
    }
    if (win[mask]) {
      winning[k]!++;
      if (!removable) minimalWinning[k]!++;
    }
    // mask as a blocking set: the others, all in favour, do not win; adding back any one of it wins.
    if (!win[others] && unblocks) minimalBlocking[k]!++;
  }
  return { winning, minimalWinning, minimalBlocking };
}

/** P(adopted) and P(decisive) for independent yes-probabilities, by summing over all outcomes. */
export function bruteProbability(win: Uint8Array, probs: readonly number[]): { probability: number; decisive: number[] } {
  const n = probs.length;
  let probability = 0;
  const decisive = new Array<number>(n).fill(0);
  for (let mask = 0; mask < win.length; mask++) {
    let pr = 1;
    for (let i = 0; i < n; i++) pr *= mask & (2 ** i) ? probs[i]! : 1 - probs[i]!;
    if (win[mask]) probability += pr;
    for (let i = 0; i < n; i++) {
      if (mask & (2 ** i)) continue;
      // P(others = mask) = pr / P(i votes no); computed directly to avoid dividing by 0.
      let others = 1;
      for (let j = 0; j < n; j++) if (j !== i) others *= mask & (2 ** j) ? probs[j]! : 1 - probs[j]!;
      decisive[i]! += others * (win[mask + 2 ** i]! - win[mask]!);
    }
  }
  return { probability, decisive };
}
