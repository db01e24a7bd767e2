/**
 * How far a vote is from changing: the distances behind "needs 2 more members" and
 * "a blocking minority needs one more member". Pure counts; the UI puts them into words.
 */
import type { Evaluation } from './outcome';

export interface Margins {
  /** Members still needed in favour (0 when the member condition is met). */
  readonly membersShort: number;
  /** Members in favour beyond the requirement (0 when short). */
  readonly membersSpare: number;
  /** Persons still needed in favour, or null where the rule has no population condition. */
  readonly populationShort: number | null;
  readonly populationSpare: number | null;
  /** Signed distance of the population in favour from its threshold, in percentage points. For display only. */
  readonly populationPoints: number | null;
  /** What a blocking minority (Art. 16(4) TEU) still lacks, when there is none yet. */
  readonly blocking: { readonly membersNeeded: number; readonly populationNeeded: number } | null;
}

/**
 * @example marginsOf(evaluation).membersShort // 2 -> "needs 2 more members"
 */
export function marginsOf(e: Evaluation): Margins {
  const req = e.members.required;
  const membersShort = req === null ? 0 : Math.max(0, req - e.members.inFavour);
  const membersSpare = req === null ? 0 : Math.max(0, e.members.inFavour - req);
  const popReq = e.population.required;
  const popMargin = popReq === null ? null : e.population.inFavour - popReq;
  const bm = e.blockingMinority;
  const blocking =
    popReq === null || bm.exists
      ? null
      : {
          membersNeeded: Math.max(0, (bm.requiredMembers ?? 0) - bm.members),
          // A blocking minority holds more than 35 %: at least participating - required + 1 persons.
          populationNeeded: Math.max(0, e.population.participating - popReq + 1 - bm.population),
        };
  return {
    membersShort,
    membersSpare,
    populationShort: popMargin === null ? null : Math.max(0, -popMargin),
    populationSpare: popMargin === null ? null : Math.max(0, popMargin),
    populationPoints:
      popReq === null || e.population.participating === 0
        ? null
        : (e.population.inFavour / e.population.participating) * 100 - (popReq / e.population.participating) * 100,
    blocking,
  };
}
