/**
 * What the undecided can do: of the 2^k ways the k undecided members could vote, how many adopt
 * the act, and in how many of them each undecided member is decisive. Counted exactly by the
 * probability engine with every undecided member at 1/2 (decided members fixed at 0 or 1).
 */
import type { CountryCode } from '../rules/countries';
import type { Electorate } from '../rules/evaluate';
import { adoptionProbability } from './power';
import { ok, type Result } from '../result';
import type { Position, Positions, Rule } from '../rules/vote';

const P_YES: Readonly<Record<Exclude<Position, 'absent'>, number>> = { yes: 1, no: 0, abstain: 0, undecided: 0.5 };

/**
 * Default probabilities of voting yes from the positions: yes 1, no and abstain 0, undecided 1/2.
 * Under unanimity an abstention cannot prevent adoption (Art. 238(4) TFEU), so it counts as 1:
 * what the probability engine needs is the chance of not standing in the way.
 * @example probabilitiesFrom(eu27, { DE: 'abstain' }, { kind: 'unanimity' }).DE // 1
 */
export function probabilitiesFrom(electorate: Electorate, positions: Positions, rule?: Rule): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of electorate.voters) {
    const p = positions[v.code] ?? 'undecided';
    if (p !== 'absent') out[v.code] = p === 'abstain' && rule?.kind === 'unanimity' ? 1 : P_YES[p];
  }
  return out;
}

export function participantsOf(electorate: Electorate, positions: Positions): CountryCode[] {
  return electorate.voters.filter((v) => positions[v.code] !== 'absent').map((v) => v.code);
}

export interface UndecidedPaths {
  readonly undecided: readonly CountryCode[];
  /** 2^k */
  readonly ways: number;
  readonly adopting: number;
  /** 2^(k-1): the ways the other undecided members can vote. */
  readonly waysOfOthers: number;
  /** For each undecided member, the number of ways of the others in which its vote decides. */
  readonly decisive: ReadonlyArray<{ readonly code: CountryCode; readonly ways: number }>;
}

/**
 * @example undecidedPaths(eu27, { DE: 'no', FR: 'no', IT: 'no' }, { kind: 'qmv' }) // 24 undecided
 */
export function undecidedPaths(electorate: Electorate, positions: Positions, rule: Rule): Result<UndecidedPaths> {
  const undecided = electorate.voters.filter((v) => (positions[v.code] ?? 'undecided') === 'undecided').map((v) => v.code);
  const r = adoptionProbability(electorate, probabilitiesFrom(electorate, positions, rule), rule, participantsOf(electorate, positions));
  if (!r.ok) return r;
  const k = undecided.length;
  const ways = 2 ** k;
  // P * 2^k and decisive * 2^(k-1) are whole numbers; rounding removes float noise only.
  return ok({
    undecided,
    ways,
    adopting: Math.round(r.value.probability * ways),
    waysOfOthers: ways / 2,
    decisive: undecided.map((code) => ({ code, ways: Math.round((r.value.decisive[code] ?? 0) * 2 ** (k - 1)) })),
  });
}
