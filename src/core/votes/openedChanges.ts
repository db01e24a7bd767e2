/**
 * What differs between a vote as it was opened and the scenario now on screen, each part on its
 * own, so the vote's panel can say exactly what was changed — and nothing that was not.
 */
import type { CodeKey, CountryCode } from '../rules/countries';
import type { RuleId } from '../rules/vote';
import type { Scenario } from '../scenario/scenario';

export interface OpenedChanges {
  /** A member on screen and in the vote has another position than the vote's. */
  readonly positions: boolean;
  /** The population table on screen is not the vote's. */
  readonly figures: boolean;
  /** The date on screen is not the vote's, or no date is set. */
  readonly date: boolean;
  /** The rule on screen is none of those the vote is evaluated under. */
  readonly rule: boolean;
}

/**
 * Compares the scenario on screen with the vote's. A member of the vote's table missing from the
 * screen (another table, another date) is not a changed position: the figures or date say it. The
 * members in `ignore` (not yet in the Council on the vote's date, so not participating by
 * membership, not by the record) are left out of the positions too.
 * @example openedChanges(vs.scenario, vs.rules, { ...vs.scenario, date: '2016-06-01' }).date // true
 */
export function openedChanges(
  opened: Scenario,
  rules: readonly RuleId[],
  onScreen: Scenario,
  ignore: readonly CountryCode[] = [],
): OpenedChanges {
  const positions = (Object.entries(opened.positions) as [CodeKey, string][]).some(([code, p]) => {
    const now = onScreen.positions[code];
    return now !== undefined && now !== p && !(ignore as readonly string[]).includes(code);
  });
  return {
    positions,
    figures: onScreen.datasetId !== opened.datasetId,
    date: onScreen.date !== opened.date,
    rule: !rules.includes(onScreen.rule),
  };
}
