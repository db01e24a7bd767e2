/**
 * The participating population split by position, for a bar sized by population: who is in
 * favour, who abstains, who is against, who has not decided. Members not participating are left
 * out, as Art. 238(3) TFEU leaves them out of every denominator.
 */
import { atLeastPercent, sum } from '../arithmetic';
import type { CountryCode } from './countries';
import { customPopulationPct } from './customRule';
import type { Electorate } from './evaluate';
import { assertNever } from '../result';
import type { Positions, Rule } from './vote';

export const SPLIT_ORDER = ['yes', 'abstain', 'no', 'undecided'] as const;
export type SplitPosition = (typeof SPLIT_ORDER)[number];

export interface SplitMember {
  readonly code: CountryCode;
  readonly population: number;
  /** Share of the participating population, 0..1. For drawing only; no verdict reads it. */
  readonly share: number;
}

export interface SplitGroup {
  readonly position: SplitPosition;
  /** Largest first. */
  readonly members: readonly SplitMember[];
  readonly population: number;
  readonly share: number;
}

export interface PopulationSplit {
  readonly groups: readonly SplitGroup[];
  readonly participating: number;
  /** The population threshold in percent (65; 62 under Nice), or null where the rule has none. */
  readonly percent: number | null;
  /** Persons in favour needed, or null without a population condition. */
  readonly inFavourNeeded: number | null;
  /** Persons not in favour a population blocking minority must exceed (35 %), or null. */
  readonly blockingAbove: number | null;
  /**
   * Where to draw the marks on a bar of shares (0..1), for display only: the share in favour
   * needed, and — since the members not in favour follow those in favour — the point the
   * not-in-favour segments must pass to block (null when it lies beyond the bar).
   */
  readonly marks: { readonly inFavour: number; readonly blocking: number | null } | null;
}

/**
 * The split behind the population condition of Art. 16(4) TEU / Art. 238(3) TFEU.
 * @example populationSplit(eu27, { DE: 'no' }).groups[2] // { position: 'no', members: [DE], … }
 */
export function populationSplit(electorate: Electorate, positions: Positions, percent: number | null = 65): PopulationSplit {
  const participating = electorate.voters.filter((v) => (positions[v.code] ?? 'undecided') !== 'absent');
  const whole = sum(participating.map((v) => v.population));
  const share = (n: number) => (whole === 0 ? 0 : n / whole);
  const groups = SPLIT_ORDER.map((position) => {
    const members = participating
      .filter((v) => (positions[v.code] ?? 'undecided') === position)
      .sort((a, b) => b.population - a.population)
      .map((v) => ({ code: v.code, population: v.population, share: share(v.population) }));
    const population = sum(members.map((m) => m.population));
    return { position, members, population, share: share(population) };
  });
  if (percent === null || whole === 0) return { groups, participating: whole, percent: null, inFavourNeeded: null, blockingAbove: null, marks: null };
  const inFavourNeeded = atLeastPercent(percent, whole);
  const blockingAbove = whole - inFavourNeeded;
  const blocking = groups[0]!.share + share(blockingAbove);
  return {
    groups,
    participating: whole,
    percent,
    inFavourNeeded,
    blockingAbove,
    marks: { inFavour: share(inFavourNeeded), blocking: blocking < 1 ? blocking : null },
  };
}

/**
 * The population threshold a rule sets, in percent: 65 for the double majority (Art. 16(4) TEU,
 * Art. 238(2)-(3) TFEU), 62 for Nice when verification is requested, none otherwise.
 * @example populationPercent({ kind: 'unanimity' }) // null
 */
export function populationPercent(rule: Rule): number | null {
  switch (rule.kind) {
    case 'qmv':
    case 'reinforced':
      return 65;
    case 'nice':
      return rule.populationCheck ? 62 : null;
    case 'custom':
      return customPopulationPct(rule);
    case 'simple':
    case 'unanimity':
      return null;
    default:
      return assertNever(rule);
  }
}
