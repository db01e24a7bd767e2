/**
 * The exact probability that an act is adopted when each member votes yes independently with a
 * given probability, and each member's probability of being decisive: computed over all 2^n
 * outcomes by meet in the middle, never sampled.
 *
 * Each half's subsets carry the probability of exactly that subset voting yes (among the half);
 * within a bucket they are sorted by population with prefix sums, so the probability mass of the
 * b completing a given a to a win is one window sum (pairs.ts). Members certain to vote yes or
 * no (probability exactly 1 or 0) are fixed rather than enumerated.
 *
 * Precision: doubles throughout; the prefix-sum differences carry an absolute error of a few
 * units of 2^-53 times the number of subsets in a half (below 1e-12 for 40 members).
 */
import type { CountryCode } from '../../rules/countries';
import type { Electorate } from '../../rules/evaluate';
import { err, ok, type Result } from '../../result';
import type { Rule } from '../../rules/vote';
import { gameOf, type Game } from './game';
import type { Bucket, Half } from './halves';
import { forEachSizePair, splitHalves, type Fixed } from './pairs';

export interface AdoptionProbability {
  /** P(the act is adopted). */
  readonly probability: number;
  /** For each participant: P(the outcome depends on its vote) = P(adopted | yes) − P(adopted | no). */
  readonly decisive: Readonly<Partial<Record<CountryCode, number>>>;
}

/** Yes-probabilities by member; members outside the vote are ignored. */
export type YesProbabilities = Readonly<Partial<Record<CountryCode, number>>>;

function probabilitiesOf(game: Game, probabilities: YesProbabilities): Result<number[]> {
  const out: number[] = [];
  for (const code of game.codes) {
    const p = probabilities[code];
    if (p === undefined) return err({ code: 'args.invalid', message: `No probability of voting yes given for ${code}.` });
    if (!Number.isFinite(p) || p < 0 || p > 1) {
      return err({ code: 'args.invalid', message: `The probability for ${code} must be between 0 and 1 (found ${p}).` });
    }
    out.push(p);
  }
  return ok(out);
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

interface Pass {
  readonly probability: number;
  /** `givenA[mask]`: P(adopted | the members of A voting yes are exactly `mask`); likewise `givenB`. */
  readonly givenA: Float64Array | null;
  readonly givenB: Float64Array | null;
}

function run(game: Game, A: Half, B: Half, fixed: Fixed, conditional: boolean): Pass {
  let probability = 0;
  const givenA = conditional ? new Float64Array(2 ** A.members.length) : null;
  const givenB = conditional ? new Float64Array(2 ** B.members.length) : null;
  const add = (given: Float64Array, bucket: Bucket, out: Float64Array | number) => {
    const masks = bucket.masks;
    for (let i = 0; i < masks.length; i++) given[masks[i]!]! += typeof out === 'number' ? out : out[i]!;
  };
  forEachSizePair(game, A, B, fixed, conditional, (pair, outA, outB) => {
    probability += pair.total;
    if (!givenA || !givenB) return;
    add(givenA, pair.a, pair.all ? pair.b.total : outA);
    add(givenB, pair.b, pair.all ? pair.a.total : outB);
  });
  return { probability, givenA, givenB };
}

/**
 * P(adopted | j yes) − P(adopted | j no) for each member j of the half: the sum over the
 * half's outcomes a without j, weighted by their probability among the others, of
 * given[a + j] − given[a]. No division by p_j, which may be tiny.
 */
function decisiveIn(half: Half, given: Float64Array, probs: readonly number[], out: Float64Array): void {
  const h = half.members.length;
  const val = new Float64Array(2 ** h);
  for (const bucket of half.buckets) bucket.masks.forEach((mask, i) => (val[mask] = bucket.vals![i]!));
  for (let j = 0; j < h; j++) {
    const bit = 2 ** j;
    const q = 1 - probs[half.members[j]!]!;
    let d = 0;
    for (let mask = 0; mask < val.length; mask++) {
      if (mask & bit) continue;
      // val[mask] includes the factor 1 − p_j for j voting no; 1 − p_j >= 2^-53 for a free member.
      d += (val[mask]! / q) * (given[mask + bit]! - given[mask]!);
    }
    out[half.members[j]!] = d;
  }
}

function fixedOf(game: Game, members: readonly number[]): Fixed {
  return {
    size: members.length,
    weight: members.reduce((s, i) => s + game.weights[i]!, 0),
    pop: members.reduce((s, i) => s + game.pops[i]!, 0),
  };
}

/**
 * The exact probability that `rule` adopts the act when participant i votes yes with
 * probability `probabilities[i]`, independently (no, or abstain, otherwise), and each
 * participant's probability of being decisive. Absent members take no part (Art. 238(3) TFEU);
 * pass `participating` to leave some out. Art. 16(4) TEU; Art. 238 TFEU.
 * EU-27 with every probability strictly between 0 and 1 takes a few milliseconds.
 * @example
 * const half = Object.fromEntries(eu27.voters.map((v) => [v.code, 0.5]));
 * adoptionProbability(eu27, half, { kind: 'qmv' }).value.probability // ≈ 0.13
 */
export function adoptionProbability(
  electorate: Electorate,
  probabilities: YesProbabilities,
  rule: Rule,
  participating?: readonly CountryCode[],
): Result<AdoptionProbability> {
  const built = gameOf(electorate, participating, rule);
  if (!built.ok) return built;
  const game = built.value;
  const checked = probabilitiesOf(game, probabilities);
  if (!checked.ok) return checked;
  const probs = checked.value;
  const all = probs.map((_, i) => i);
  const yes = all.filter((i) => probs[i] === 1);
  const no = all.filter((i) => probs[i] === 0);
  const free = all.filter((i) => probs[i]! > 0 && probs[i]! < 1);
  const [A, B] = splitHalves(game, free, probs);
  const main = run(game, A, B, fixedOf(game, yes), true);
  const P = main.probability;
  const byMember = new Float64Array(game.n);
  decisiveIn(A, main.givenA!, probs, byMember);
  decisiveIn(B, main.givenB!, probs, byMember);
  const decisive: Partial<Record<CountryCode, number>> = {};
  for (const i of free) decisive[game.codes[i]!] = clamp01(byMember[i]!);
  // A member whose vote is certain is still decisive when the others' votes leave it the swing.
  for (const i of yes) {
    decisive[game.codes[i]!] = clamp01(P - run(game, A, B, fixedOf(game, yes.filter((j) => j !== i)), false).probability);
  }
  for (const i of no) {
    decisive[game.codes[i]!] = clamp01(run(game, A, B, fixedOf(game, [...yes, i]), false).probability - P);
  }
  return ok({ probability: clamp01(P), decisive });
}
