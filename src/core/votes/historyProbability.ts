/**
 * Each member's probability of voting yes estimated from its voting record: history, not a
 * prediction. Laplace's rule of succession, P(yes) = (yes + 1) / (n + 2), over the votes it took
 * part in within one policy area, or over all areas where that area has fewer than
 * {@link MIN_AREA_VOTES} of them.
 */
import type { CodeKey } from '../rules/countries';
import { recordedPosition, type RecordedVote } from './record';

export const MIN_AREA_VOTES = 5;

export interface HistoryEstimate {
  /** (yes + 1) / (votes + 2). */
  readonly p: number;
  readonly yes: number;
  /** Votes it took part in (in favour, against or abstaining) that the estimate rests on. */
  readonly votes: number;
  /** `area`: the policy area asked for; `all`: every area (too few in that one); `none`: no record. */
  readonly basis: 'area' | 'all' | 'none';
}

function count(
  votes: readonly RecordedVote[],
  code: CodeKey,
  area: string | null | undefined,
): { yes: number; votes: number } {
  let yes = 0;
  let n = 0;
  for (const v of votes) {
    if (area !== undefined && v.area !== area) continue;
    const p = recordedPosition(v, code);
    if (p === 'yes') yes++;
    if (p === 'yes' || p === 'no' || p === 'abstain') n++;
  }
  return { yes, votes: n };
}

/**
 * Estimates for the given members from the record; `area` undefined means all areas.
 * @example historyProbabilities(voteRecord().votes, ['PL'], 'Environment').PL // { p, yes, votes, basis }
 */
export function historyProbabilities(
  votes: readonly RecordedVote[],
  codes: readonly CodeKey[],
  area?: string | null,
): Record<string, HistoryEstimate> {
  const out: Record<string, HistoryEstimate> = {};
  for (const code of codes) {
    let c = count(votes, code, area);
    let basis: HistoryEstimate['basis'] = area === undefined ? 'all' : 'area';
    if (area !== undefined && c.votes < MIN_AREA_VOTES) {
      c = count(votes, code, undefined);
      basis = 'all';
    }
    if (c.votes === 0) basis = 'none';
    out[code] = { p: (c.yes + 1) / (c.votes + 2), ...c, basis };
  }
  return out;
}
