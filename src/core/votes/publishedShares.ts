/**
 * Recorded votes for which a population share was published at the time, to set beside the
 * share the engine computes from the figures the app has. The published share rests on the
 * Annex III table in force that day; ours on that table when the user has it (shipped or added),
 * else on the nearest.
 */
import { sum } from '../arithmetic';
import type { CountryCode } from '../rules/countries';
import type { VoteScenario } from './voteScenario';

export interface PublishedShare {
  readonly voteId: string;
  /** Shares of the Union's population as published, in hundredths of a percentage point. */
  readonly inFavour: number;
  readonly against?: number;
  readonly abstained?: number;
  /** The figures the published share rests on. */
  readonly table: string;
  readonly source: { readonly label: string; readonly url: string };
}

export const PUBLISHED_SHARES: readonly PublishedShare[] = [
  {
    voteId: '4393',
    inFavour: 7126,
    against: 2586,
    abstained: 288,
    table: 'Annex III figures for 2019 (EU-28)',
    source: { label: 'saveyourinternet.eu', url: 'https://saveyourinternet.eu/' },
  },
];

/**
 * The share published at the time for a recorded vote, if one is known.
 * @example publishedShareOf('4393')?.inFavour // 7126
 */
export function publishedShareOf(voteId: string): PublishedShare | undefined {
  return PUBLISHED_SHARES.find((p) => p.voteId === voteId);
}

export interface ComputedShares {
  /** Hundredths of a percentage point of the dataset's Union total, rounded half up. */
  readonly inFavour: number;
  readonly against: number;
  readonly abstained: number;
  readonly table: string;
}

/**
 * Our shares of the Union population for the same vote, on the dataset the scenario uses.
 * @example computedShares(voteScenario(findVote('4393')!)!).inFavour // about 7139
 */
export function computedShares(vs: VoteScenario): ComputedShares {
  const members = vs.dataset.members;
  const pop = (codes: readonly CountryCode[]) =>
    sum(members.filter((m) => codes.includes(m.code)).map((m) => m.population));
  const total = vs.dataset.total;
  const share = (codes: readonly CountryCode[]) => Math.round((pop(codes) * 10_000) / total);
  const { yes, no, abstain } = vs.vote.lists;
  return { inFavour: share(yes), against: share(no), abstained: share(abstain), table: vs.dataset.label };
}

export interface ShareComparison {
  /** Ours less the published share, in hundredths of a percentage point. */
  readonly difference: number;
  /** Whether ours rests on the figures in force that day, as the published share does. */
  readonly sameFigures: boolean;
  /**
   * On the same figures, whether the difference is no more than the published share's rounding
   * ({@link ROUNDING}); false when it is more (the figures should be checked) or the figures differ.
   */
  readonly withinRounding: boolean;
}

/**
 * The most a published share can be off by rounding alone, in hundredths of a point: shares are
 * published to one decimal (81.9 %) or two (66.07 %), so within 0.05 points of the exact share.
 */
export const ROUNDING = 5;

/**
 * How far our share is from the published one, and whether a difference can only be rounding
 * (same figures, at most {@link ROUNDING} apart) or comes from the figures (the table in force
 * is not among the user's, or the same table gives another share: its figures need checking).
 * @example compareShares(published, computedShares(vs), vs.inForce) // { difference: 2, sameFigures: false, withinRounding: false }
 */
export function compareShares(published: PublishedShare, ours: ComputedShares, inForce: boolean): ShareComparison {
  const difference = ours.inFavour - published.inFavour;
  return { difference, sameFigures: inForce, withinRounding: inForce && Math.abs(difference) <= ROUNDING };
}
