/**
 * An independent brute-force oracle for the Council's voting rules, written from
 * /work/shared/facts/rules.md alone. It shares no code with src/core/evaluate.ts: every count is
 * redone here in BigInt, as literally as the treaty text reads, so a property test that compares
 * the two can catch a wrong reading in either.
 */
import type { Rule } from '../../../src/core/rules/vote';

export type OracleVote = 'yes' | 'no' | 'abstain' | 'absent';
export type OracleVerdict = 'adopted' | 'not_adopted' | 'undetermined';

export interface OracleMember {
  /** Exact persons. */
  readonly population: number | bigint;
  /** Nice weighted votes, where the member has them. */
  readonly weight?: number;
}

/** Nice weighted votes as rules.md §8 lists them (Act of Accession of Croatia, Art. 20); total 352. */
export const NICE_WEIGHTS_FROM_RULES: Readonly<Record<string, number>> = {
  BE: 12, BG: 10, CZ: 12, DK: 7, DE: 29, EE: 4, IE: 7, EL: 12, ES: 27, FR: 29, HR: 7, IT: 29, CY: 4, LV: 4,
  LT: 7, LU: 4, HU: 12, MT: 3, NL: 13, AT: 10, PL: 27, PT: 12, RO: 14, SI: 4, SK: 7, FI: 7, SE: 10, UK: 29,
};

/** `a / b >= pct / 100`, in integers. */
const atLeast = (a: bigint, b: bigint, pct: bigint): boolean => a * 100n >= pct * b;

/**
 * Art. 238(3)(a) TFEU, derived: the fewest participating members whose population exceeds 35 %
 * of the participating population (largest first), plus one.
 */
function blockingMinimumOf(pops: readonly bigint[]): number {
  const sorted = [...pops].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const whole = sorted.reduce((a, b) => a + b, 0n);
  let acc = 0n;
  for (let k = 1; k <= sorted.length; k++) {
    acc += sorted[k - 1]!;
    if (acc * 100n > 35n * whole) return k + 1;
  }
  return sorted.length + 1;
}

/**
 * Is the act adopted? `votes[i]` is member i's vote. With no participating member nothing can be
 * adopted (an act needs someone in favour).
 */
export function oracleAdopted(members: readonly OracleMember[], votes: readonly OracleVote[], rule: Rule): boolean {
  const inside = members.map((m, i) => ({ pop: BigInt(m.population), weight: BigInt(m.weight ?? 0), vote: votes[i]! })).filter((m) => m.vote !== 'absent');
  const n = BigInt(inside.length);
  if (n === 0n) return false;
  const yes = inside.filter((m) => m.vote === 'yes');
  const y = BigInt(yes.length);
  const popAll = inside.reduce((a, m) => a + m.pop, 0n);
  const popYes = yes.reduce((a, m) => a + m.pop, 0n);
  const notInFavour = inside.length - yes.length;
  const everyone = inside.length === members.length;

  switch (rule.kind) {
    case 'qmv': {
      // Art. 16(4) TEU for the full Council (55 %, at least 15, blocking minority of 4);
      // Art. 238(3)(a) TFEU otherwise (55 % of participants, blocking minority of k + 1).
      const membersMet = atLeast(y, n, 55n) && (!everyone || y >= 15n);
      const populationMet = atLeast(popYes, popAll, 65n);
      const blockingMinimum = everyone ? 4 : blockingMinimumOf(inside.map((m) => m.pop));
      return membersMet && (populationMet || notInFavour < blockingMinimum);
    }
    case 'reinforced':
      // Art. 238(2) and 238(3)(b) TFEU: 72 % and 65 %, no blocking-minority clause.
      return atLeast(y, n, 72n) && atLeast(popYes, popAll, 65n);
    case 'simple':
      // Art. 238(1) TFEU: a majority of the component (here: participating, Art. 330) members.
      return 2n * y > n;
    case 'unanimity':
      // Art. 238(4) TFEU: abstentions do not prevent adoption; one vote against does.
      return inside.every((m) => m.vote !== 'no');
    case 'nice': {
      // 260 of 352 weighted votes (the same proportion when fewer take part), a majority of
      // members (two thirds without a Commission proposal), 62 % of the population on request.
      const allWeight = inside.reduce((a, m) => a + m.weight, 0n);
      const yesWeight = yes.reduce((a, m) => a + m.weight, 0n);
      const weightsMet = yesWeight * 352n >= 260n * allWeight;
      const membersMet = rule.commissionProposal ? 2n * y > n : 3n * y >= 2n * n;
      const populationMet = !rule.populationCheck || atLeast(popYes, popAll, 62n);
      return weightsMet && membersMet && populationMet;
    }
    case 'custom': {
      // Custom thresholds, read as Art. 16(4) TEU: at least memberPct % of the participants and
      // at least minMembers (and at least one) in favour, at least populationPct % of their
      // population (0 or null: no such condition), unless fewer than blockingMembers are not in
      // favour (0 or null: no such clause).
      const membersMet = y >= 1n && y >= BigInt(rule.minMembers) && atLeast(y, n, BigInt(rule.memberPct));
      const populationMet = !rule.populationPct || atLeast(popYes, popAll, BigInt(rule.populationPct));
      const cannotBlock = !!rule.blockingMembers && notInFavour < rule.blockingMembers;
      return membersMet && (populationMet || cannotBlock);
    }
  }
}

/**
 * The verdict when some members are undecided (`null`): every one of the 2^k ways they could
 * vote yes or no is tried. Meant for small k.
 */
export function oracleVerdict(members: readonly OracleMember[], votes: readonly (OracleVote | null)[], rule: Rule): OracleVerdict {
  const open = votes.flatMap((v, i) => (v === null ? [i] : []));
  if (open.length > 16) throw new Error(`oracleVerdict: ${open.length} undecided members is too many to enumerate`);
  let adopted = 0;
  const completions = 2 ** open.length;
  for (let mask = 0; mask < completions; mask++) {
    const filled = votes.map((v) => v ?? 'no');
    open.forEach((i, bit) => {
      filled[i] = mask & (1 << bit) ? 'yes' : 'no';
    });
    if (oracleAdopted(members, filled, rule)) adopted++;
  }
  return adopted === completions ? 'adopted' : adopted === 0 ? 'not_adopted' : 'undetermined';
}
