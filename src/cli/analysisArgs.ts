/**
 * Arguments of the analysis commands: `power` and `probability`.
 */
import { quote } from '../core/format';
import type { CountryCode } from '../core/rules/countries';
import type { Dataset } from '../core/data/dataset';
import { electorateWith } from '../core/data/enlarge';
import type { Electorate } from '../core/rules/evaluate';
import { splitCodeList } from '../core/rules/positionsFromLists';
import { ok, type Result } from '../core/result';
import type { Rule } from '../core/rules/vote';
import { fail, parse } from './options';
import { ruleAndDataset } from './ruleArgs';
import { CUSTOM_OPTIONS, POPULATION_OPTION, populationsFromArgs } from './customArgs';

const LIST = { type: 'string', multiple: true } as const;
const COMMON = { json: { type: 'boolean' }, dataset: LIST, rule: LIST, absent: LIST, add: LIST, ...CUSTOM_OPTIONS, ...POPULATION_OPTION } as const;

export interface AnalysisBase {
  readonly json: boolean;
  readonly dataset: Dataset;
  readonly rule: Rule;
  readonly electorate: Electorate;
  /** Participating members (everyone but --absent). */
  readonly participating: readonly CountryCode[];
  readonly added: readonly string[];
  /** --population: populations replaced, whole persons by code (members or added candidates). */
  readonly populations: Readonly<Record<string, number>>;
}

export type AnalysisRequest =
  | (AnalysisBase & { readonly command: 'power'; readonly include: readonly CountryCode[]; readonly exclude: readonly CountryCode[] })
  | (AnalysisBase & { readonly command: 'probability'; readonly p: Readonly<Record<string, number>> });

function codes(lists: readonly string[] | undefined, flag: string, electorate: Electorate): Result<CountryCode[]> {
  const out: CountryCode[] = [];
  for (const text of (lists ?? []).flatMap(splitCodeList)) {
    const v = electorate.voters.find((x) => x.code === text.trim().toUpperCase());
    if (!v) return fail(`country code ${quote(text)} in --${flag} is not a member in this vote`);
    if (out.includes(v.code)) return fail(`country code "${v.code}" is given twice in --${flag}`);
    out.push(v.code);
  }
  return ok(out);
}

function base(v: Record<string, unknown> & Parameters<typeof ruleAndDataset>[0] & { population?: string[] }): Result<AnalysisBase> {
  const rd = ruleAndDataset(v);
  if (!rd.ok) return rd;
  const added = ((v.add as string[] | undefined) ?? []).flatMap(splitCodeList);
  const populations = populationsFromArgs(v.population);
  if (!populations.ok) return populations;
  const withAdded = electorateWith(rd.value.dataset, added);
  if (!withAdded.ok) return fail(`--add: ${withAdded.error.message}`);
  const electorate = electorateWith(rd.value.dataset, added, populations.value);
  if (!electorate.ok) return fail(`--population: ${electorate.error.message}`);
  const absent = codes(v.absent as string[] | undefined, 'absent', electorate.value);
  if (!absent.ok) return absent;
  const participating = electorate.value.voters.map((x) => x.code).filter((c) => !absent.value.includes(c));
  if (participating.length === 0) return fail('every member is absent, so nobody takes part in the vote');
  return ok({ json: v.json === true, dataset: rd.value.dataset, rule: rd.value.rule, electorate: electorate.value, participating, added, populations: populations.value });
}

/** @example parsePower(['--rule', 'qmv', '--absent', 'DK']) */
export function parsePower(args: readonly string[]): Result<AnalysisRequest> {
  const parsed = parse(args, { ...COMMON, include: LIST, exclude: LIST });
  if (!parsed.ok) return parsed;
  const v = parsed.value.values;
  const b = base(v);
  if (!b.ok) return b;
  const include = codes(v.include, 'include', b.value.electorate);
  if (!include.ok) return include;
  const exclude = codes(v.exclude, 'exclude', b.value.electorate);
  if (!exclude.ok) return exclude;
  return ok({ ...b.value, command: 'power', include: include.value, exclude: exclude.value });
}

/** `--p DE=0.8,FR=0.5`: probabilities of voting yes; members not named get 0.5. */
export function parseProbability(args: readonly string[]): Result<AnalysisRequest> {
  const parsed = parse(args, { ...COMMON, p: LIST });
  if (!parsed.ok) return parsed;
  const v = parsed.value.values;
  const b = base(v);
  if (!b.ok) return b;
  const p: Record<string, number> = Object.fromEntries(b.value.participating.map((c) => [c, 0.5]));
  const seen = new Set<string>();
  for (const item of (v.p ?? []).flatMap((x) => x.split(',')).filter((x) => x.trim() !== '')) {
    const m = /^\s*([A-Za-z]{2})\s*=\s*([0-9]*\.?[0-9]+)\s*$/.exec(item);
    if (!m) return fail(`--p expects CODE=PROBABILITY pairs such as DE=0.8, not ${quote(item)}`);
    const code = m[1]!.toUpperCase();
    const prob = Number(m[2]);
    if (!(code in p)) return fail(`country code ${quote(code)} in --p is not a participating member`);
    if (seen.has(code)) return fail(`country code ${quote(code)} is given twice in --p`);
    if (!(prob >= 0 && prob <= 1)) return fail(`the probability for ${code} must be between 0 and 1, not ${m[2]}`);
    seen.add(code);
    p[code] = prob;
  }
  return ok({ ...b.value, command: 'probability', p });
}
