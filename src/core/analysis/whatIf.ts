/**
 * A what-if for the analysis, from what the user typed: candidate countries, replaced
 * populations and custom thresholds, each checked with a message that names the field.
 */
import { quote } from '../format';
import { countryName, type CountryCode } from '../rules/countries';
import { customRule, type CustomRuleInput } from '../rules/customRule';
import type { Dataset } from '../data/dataset';
import { electorateWith } from '../data/enlarge';
import type { Electorate } from '../rules/evaluate';
import { err, type Result } from '../result';
import { parsePersons, type Persons } from '../population';
import type { CustomRule } from '../rules/vote';

import type { ThresholdTexts } from './thresholds';

export { QMV_THRESHOLDS, type ThresholdTexts } from './thresholds';

const LABELS: Readonly<Record<keyof CustomRuleInput, string>> = {
  memberPct: 'Member share',
  populationPct: 'Population share',
  minMembers: 'Minimum members',
  blockingMembers: 'Blocking minority',
};

/**
 * Custom thresholds from typed text: a blank member share or minimum reads as 0, a blank
 * population share or blocking minority as "none". Modelled on Art. 16(4) TEU.
 * @example customRuleFromText(QMV_THRESHOLDS) // ok({ kind: 'custom', memberPct: 55, ... })
 */
export function customRuleFromText(texts: ThresholdTexts): Result<CustomRule> {
  const input: Record<string, number | null> = {};
  for (const key of Object.keys(LABELS) as (keyof CustomRuleInput)[]) {
    const text = texts[key].trim();
    const value = text === '' ? null : Number(text);
    if (value !== null && !Number.isFinite(value)) {
      return err({ code: 'rule.invalid', path: key, message: `${LABELS[key]} must be a whole number (got ${quote(text)}).` });
    }
    input[key] = value;
  }
  return customRule(input as unknown as CustomRuleInput);
}

/**
 * One typed population (whole persons, at most 2,000,000,000), its error naming
 * the country and carrying its code as the path, so the field at fault can show it.
 * @example typedPopulation('MT', '99999999999999') // err population.too_large, path 'MT'
 */
export function typedPopulation(code: string, typed: string): Result<Persons> {
  // A member or an added candidate: a known code (electorateWith checks the candidates).
  const value = parsePersons(typed, `Population of ${countryName(code as CountryCode) ?? code}`);
  return value.ok ? value : err({ ...value.error, path: code });
}

/**
 * The dataset's members plus `added` candidates, with the typed populations (whole persons)
 * replacing the dataset's figures; typed figures for countries not in the vote are ignored.
 * Art. 16(4) TEU counts "the population of the Union": here, of everyone in the what-if.
 * @example whatIfElectorate(council2025, ['UA'], { DE: '84000000', UA: '33000000' })
 */
export function whatIfElectorate(dataset: Dataset, added: readonly string[], populations: Readonly<Record<string, string>>): Result<Electorate> {
  const inVote = new Set<string>([...dataset.members.map((m) => m.code), ...added]);
  const persons: Record<string, number> = {};
  for (const [code, typed] of Object.entries(populations)) {
    if (!inVote.has(code)) continue;
    const value = typedPopulation(code, typed);
    if (!value.ok) return value;
    persons[code] = value.value;
  }
  return electorateWith(dataset, added, persons);
}
