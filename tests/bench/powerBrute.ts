/**
 * The baseline the power engine must beat: all 2^n coalitions of a double-majority game, one by
 * one. A first pass walks them in Gray-code order (one member changes at a time, so size and
 * population update in O(1)) and records who wins in a bitmap; a second pass reads, for every
 * coalition, its n neighbours in the bitmap. That gives swings by size (hence Banzhaf and
 * Shapley–Shubik), winning, minimal winning and minimal blocking coalitions. The rule is written
 * out from rules.md §1 and §3, sharing nothing with src/core/power.
 */

import { blockingMinimum } from '../core/analysis/power/bruteForce';

export interface BruteGame {
  readonly pops: readonly number[];
  /** Nobody absent: "at least fifteen" and a blocking minority of four apply (Art. 16(4) TEU). */
  readonly full: boolean;
}

export interface BruteResult {
  readonly swings: number[];
  readonly shapleyShubik: number[];
  readonly winning: number;
  readonly minimalWinning: number;
  readonly minimalBlocking: number;
}

/** QMV over every coalition of `game.pops` (n <= 30). */
export function bruteForceQmv(game: BruteGame): BruteResult {
  const { pops } = game;
  const n = pops.length;
  const P = pops.reduce((a, b) => a + b, 0);
  const blockMin = game.full ? 4 : blockingMinimum(pops);
  const wins = (y: number, p: number) => y * 100 >= 55 * n && (!game.full || y >= 15) && (p * 100 >= 65 * P || n - y < blockMin);
  const size = 2 ** n;
  const bitmap = new Uint32Array(Math.ceil(size / 32));
  let mask = 0;
  let y = 0;
  let p = 0;
  for (let g = 0; g < size; g++) {
    if (g > 0) {
      const bit = 31 - Math.clz32(g & -g);
      if (mask & (1 << bit)) {
        mask &= ~(1 << bit);
        y--;
        p -= pops[bit]!;
      } else {
        mask |= 1 << bit;
        y++;
        p += pops[bit]!;
      }
    }
    if (wins(y, p)) bitmap[mask >>> 5]! |= 1 << (mask & 31);
  }
  const won = (m: number) => (bitmap[m >>> 5]! >>> (m & 31)) & 1;
  const swingsBySize = Array.from({ length: n }, () => new Float64Array(n));
  let winning = 0;
  let minimalWinning = 0;
  let minimalBlocking = 0;
  for (let m = 0; m < size; m++) {
    let k = 0;
    for (let x = m; x !== 0; x &= x - 1) k++;
    if (won(m)) {
      winning++;
      let minimal = true;
      for (let i = 0; i < n && minimal; i++) if (m & (1 << i) && won(m & ~(1 << i))) minimal = false;
      if (minimal) minimalWinning++;
    } else {
      // m loses: each member outside it that would make it win swings; if all of them do, the
      // others form a minimal blocking coalition.
      let swingers = 0;
      for (let i = 0; i < n; i++) {
        if (m & (1 << i) || !won(m | (1 << i))) continue;
        swingsBySize[i]![k]!++;
        swingers++;
      }
      if (swingers === n - k) minimalBlocking++;
    }
  }
  const factorial = (x: number): number => (x <= 1 ? 1 : x * factorial(x - 1));
  return {
    swings: swingsBySize.map((bySize) => bySize.reduce((a, b) => a + b, 0)),
    shapleyShubik: swingsBySize.map((bySize) => bySize.reduce((s, c, k) => s + (c * factorial(k) * factorial(n - k - 1)) / factorial(n), 0)),
    winning,
    minimalWinning,
    minimalBlocking,
  };
}
