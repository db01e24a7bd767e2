/**
 * Custom thresholds for what-if analysis: the double majority of Art. 16(4) TEU and Art. 238(3)
 * TFEU with every number open to change. One validating constructor; the engine trusts its output.
 */
import { atLeastPercent } from '../arithmetic';
import { err, ok, type Result } from '../result';
import type { CustomRule } from './vote';

/** The largest member floor or blocking-minority size accepted (well above any Council). */
export const MAX_CUSTOM_MEMBERS = 100;

/** The four numbers as typed by a user or on the command line; blank fields are null. */
export interface CustomRuleInput {
  readonly memberPct: number | null;
  readonly populationPct: number | null;
  readonly minMembers: number | null;
  readonly blockingMembers: number | null;
}

type Field = { readonly name: string; readonly path: keyof CustomRuleInput; readonly max: number; readonly unit: string };

const FIELDS: readonly Field[] = [
  { name: 'Member share', path: 'memberPct', max: 100, unit: ' %' },
  { name: 'Population share', path: 'populationPct', max: 100, unit: ' %' },
  { name: 'Minimum members', path: 'minMembers', max: MAX_CUSTOM_MEMBERS, unit: '' },
  { name: 'Blocking minority', path: 'blockingMembers', max: MAX_CUSTOM_MEMBERS, unit: '' },
];

function check(f: Field, x: number | null): Result<number> {
  if (x === null) return ok(0);
  if (!Number.isInteger(x)) return err({ code: 'rule.invalid', path: f.path, message: `${f.name} must be a whole number (got ${x}).` });
  if (x < 0 || x > f.max) return err({ code: 'rule.invalid', path: f.path, message: `${f.name} must be between 0 and ${f.max}${f.unit} (got ${x}${f.unit}).` });
  return ok(x);
}

/**
 * Checks custom thresholds: whole numbers, percentages 0-100, member counts 0-100. A blank (null)
 * member share or minimum is 0; a blank or 0 population share means no population condition; a
 * blank or 0 blocking minority means no "deemed attained" clause. At least one member must be in
 * favour in any case (a 0 % majority of no one would adopt what nobody voted for).
 * Modelled on Art. 16(4) TEU and Art. 238(3)(a) TFEU.
 * @example customRule({ memberPct: 55, populationPct: 65, minMembers: 15, blockingMembers: 4 }) // ok: QMV for EU-27
 */
export function customRule(input: CustomRuleInput): Result<CustomRule> {
  const values: number[] = [];
  for (const f of FIELDS) {
    const r = check(f, input[f.path]);
    if (!r.ok) return r;
    values.push(r.value);
  }
  const [memberPct, populationPct, minMembers, blockingMembers] = values as [number, number, number, number];
  return ok({ kind: 'custom', memberPct, populationPct: populationPct || null, minMembers, blockingMembers: blockingMembers || null });
}

/**
 * Members that must be in favour among `n` participants under custom thresholds: at least
 * `memberPct` % of them, at least `minMembers`, and at least one. Art. 16(4) TEU, first subparagraph.
 * @example customRequiredMembers(qmvLike, 27) // 15
 */
export function customRequiredMembers(rule: CustomRule, n: number): number {
  return Math.max(1, rule.minMembers, atLeastPercent(rule.memberPct, n));
}

/**
 * The rule's population share as a percentage, or null when it has no population condition.
 * @example customPopulationPct({ ...rule, populationPct: 0 }) // null
 */
export function customPopulationPct(rule: CustomRule): number | null {
  return rule.populationPct ? rule.populationPct : null;
}

/**
 * The fewest members not in favour that can block, or null without such a clause
 * (Art. 16(4) TEU, second subparagraph, with a number of one's choosing).
 * @example customBlockingMembers({ ...rule, blockingMembers: 4 }) // 4
 */
export function customBlockingMembers(rule: CustomRule): number | null {
  return rule.blockingMembers ? rule.blockingMembers : null;
}

/**
 * A short description, e.g. "55 % of members (at least 15), 65 % of population, blocking minority of 4".
 * @example describeCustomRule(qmvLike)
 */
export function describeCustomRule(rule: CustomRule): string {
  const pop = customPopulationPct(rule);
  const block = customBlockingMembers(rule);
  return [
    `${rule.memberPct} % of members${rule.minMembers > 0 ? ` (at least ${rule.minMembers})` : ''}`,
    pop === null ? 'no population condition' : `${pop} % of population`,
    block === null ? 'no blocking-minority clause' : `blocking minority of at least ${block}`,
  ].join(', ');
}
