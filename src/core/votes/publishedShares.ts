/**
 * Recorded votes for which a population share was published at the time, to set beside the
 * share the engine computes from the figures the app has. The published share rests on the
 * Annex III table in force that day; ours on the nearest table shipped.
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
}

/**
 * How far our share is from the published one, and whether a difference can only be rounding
 * (same figures) or comes from the figures (the table in force was not shipped).
 * @example compareShares(published, computedShares(vs), vs.inForce) // { difference: 2, sameFigures: false }
 */
export function compareShares(published: PublishedShare, ours: ComputedShares, inForce: boolean): ShareComparison {
  return { difference: ours.inFavour - published.inFavour, sameFigures: inForce };
}
