/**
 * Enlargement and what-if populations: a Council dataset plus candidate countries, with any
 * member's population replaced by the user's figure.
 */
import { parseCountryCode, type CountryCode } from '../rules/countries';
import { DATASETS } from './datasets';
import { votersOf, type Dataset } from './dataset';
import type { Electorate } from '../rules/evaluate';
import { err, ok, type Result } from '../result';
import { parsePersons } from '../population';
import type { Voter } from '../rules/vote';

/** Candidate countries known to the shipped datasets (Eurostat 2017, outdated). */
export const CANDIDATES = DATASETS.filter((d) => d.role === 'candidates').flatMap((d) => d.members);

/**
 * The dataset's members, then the named candidates, each with its population overridden where
 * `populations` says so (whole persons). The Union total becomes the sum of everyone's figures.
 * @example electorateWith(council2025, ['UA', 'MD'], { UA: 33_000_000 })
 */
export function electorateWith(
  dataset: Dataset,
  candidates: readonly string[],
  populations: Readonly<Partial<Record<string, number>>> = {},
): Result<Electorate> {
  const added: CountryCode[] = [];
  for (const text of candidates) {
    const code = parseCountryCode(text);
    if (!code.ok) return code;
    if (dataset.members.some((m) => m.code === code.value)) return err({ code: 'country.duplicate', message: `${code.value} is already a member in ${dataset.label}.` });
    if (!CANDIDATES.some((m) => m.code === code.value)) return err({ code: 'country.unknown', message: `${code.value} is not a candidate country with known figures.` });
    if (added.includes(code.value)) return err({ code: 'country.duplicate', message: `${code.value} is added twice.` });
    added.push(code.value);
  }
  const members = [...dataset.members, ...CANDIDATES.filter((m) => added.includes(m.code))];
  const voters: Voter[] = votersOf(members).map((v) => {
    const p = populations[v.code];
    return p === undefined ? v : { ...v, population: p, low: p, high: p };
  });
  for (const [code, p] of Object.entries(populations)) {
    if (!voters.some((v) => v.code === code)) return err({ code: 'country.unknown', message: `${code} is not in this vote.` });
    const valid = parsePersons(p ?? NaN, `The population of ${code}`);
    if (!valid.ok) return err({ ...valid.error, path: code });
  }
  const unchanged = added.length === 0 && Object.keys(populations).length === 0;
  return ok({ voters, total: unchanged ? dataset.total : voters.reduce((s, v) => s + v.population, 0) });
}
