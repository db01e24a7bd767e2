/**
 * Options shared by the vote commands for what-if analysis: `--rule custom` with its four
 * thresholds, and `--population CODE=N,...` to replace any member's population.
 */
import { quote } from '../core/format';
import { customRule, type CustomRuleInput } from '../core/rules/customRule';
import { parsePersons } from '../core/population';
import { ok, type Result } from '../core/result';
import type { Rule } from '../core/rules/vote';
import { fail, single } from './options';

const LIST = { type: 'string', multiple: true } as const;

export const CUSTOM_OPTIONS = { 'member-pct': LIST, 'population-pct': LIST, 'min-members': LIST, blocking: LIST } as const;
export const POPULATION_OPTION = { population: LIST } as const;

const FLAGS: Readonly<Record<keyof CustomRuleInput, keyof typeof CUSTOM_OPTIONS>> = {
  memberPct: 'member-pct',
  populationPct: 'population-pct',
  minMembers: 'min-members',
  blockingMembers: 'blocking',
};

type Values = Readonly<Partial<Record<keyof typeof CUSTOM_OPTIONS, string[]>>>;

/**
 * `--member-pct` (required), `--population-pct`, `--min-members`, `--blocking` (0 or missing: no
 * such condition) into a custom rule; refused with any rule but `custom`.
 * @example customFromArgs('custom', { 'member-pct': ['55'], 'population-pct': ['65'] })
 */
export function customFromArgs(ruleId: string, v: Values): Result<Rule | null> {
  const given = Object.values(FLAGS).filter((flag) => v[flag] !== undefined);
  if (ruleId !== 'custom') {
    return given.length > 0 ? fail(`--${given[0]} applies only to --rule custom`) : ok(null);
  }
  const input: Record<string, number | null> = {};
  for (const [field, flag] of Object.entries(FLAGS)) {
    const text = single(v[flag], flag);
    if (!text.ok) return text;
    if (text.value === undefined) {
      if (flag === 'member-pct') return fail('--rule custom needs --member-pct (and optionally --population-pct, --min-members, --blocking)');
      input[field] = null;
      continue;
    }
    if (!/^\s*\d+\s*$/.test(text.value)) return fail(`--${flag} expects a whole number, not ${quote(text.value)}`);
    input[field] = Number(text.value);
  }
  const rule = customRule(input as unknown as CustomRuleInput);
  if (!rule.ok) return fail(`--${FLAGS[rule.error.path as keyof CustomRuleInput]}: ${rule.error.message}`, 'rule.invalid');
  return ok(rule.value);
}

/**
 * `--population DE=84000000,UA=33000000` into whole persons by code, each at most 2,000,000,000
 * (checked against the electorate later, by `electorateWith`).
 * @example populationsFromArgs(['DE=84000000']) // ok({ DE: 84000000 })
 */
export function populationsFromArgs(lists: readonly string[] | undefined): Result<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const item of (lists ?? []).flatMap((x) => x.split(',')).filter((x) => x.trim() !== '')) {
    const m = /^\s*([A-Za-z]{2})\s*=\s*(\d+)\s*$/.exec(item);
    if (!m) return fail(`--population expects CODE=PERSONS pairs such as DE=84000000, not ${quote(item)}`);
    const code = m[1]!.toUpperCase();
    if (code in out) return fail(`country code "${code}" is given twice in --population`);
    const persons = parsePersons(m[2]!, `the population of ${code} in --population`);
    if (!persons.ok) return fail(persons.error.message, persons.error.code);
    out[code] = persons.value;
  }
  return ok(out);
}
