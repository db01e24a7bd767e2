/**
 * The rule of a date. A qualified majority is the Nice weighted votes before 1 November 2014
 * (Art. 3(3) of Protocol No 36), the double majority of Art. 16(4) TEU / Art. 238(3) TFEU since;
 * from 1 November 2014 to 31 March 2017 any member could ask for the Nice rule instead
 * (Art. 3(2) of Protocol No 36). Simple majority and unanimity do not depend on the date.
 */
import type { RuleId } from './vote';

/** The double majority of Art. 16(4) TEU applies from this day (Art. 3(1) of Protocol No 36). */
export const DOUBLE_MAJORITY_FROM = '2014-11-01';
/** Until this day any member could ask for the Nice weighted votes instead (Art. 3(2) of Protocol No 36). */
export const NICE_ON_REQUEST_UNTIL = '2017-03-31';

/** The majority an act needs, whatever the rule that gives it on a date. */
export type Majority = 'qmv' | 'reinforced' | 'unanimity';

/**
 * The rules that could apply to a vote needing `majority` on `date` (YYYY-MM-DD), the rule of
 * the date first; during 1 Nov 2014 – 31 Mar 2017 a qualified majority also gets the Nice rule.
 * @example rulesOfDate('qmv', '2012-05-01') // ['nice']
 * @example rulesOfDate('qmv', '2015-06-01') // ['qmv', 'nice']
 */
export function rulesOfDate(majority: Majority, date: string): RuleId[] {
  switch (majority) {
    case 'unanimity':
      return ['unanimity'];
    case 'qmv':
    case 'reinforced':
      if (date < DOUBLE_MAJORITY_FROM) return ['nice'];
      return date <= NICE_ON_REQUEST_UNTIL ? [majority, 'nice'] : [majority];
  }
}

/** The qualified majority a rule stands for (the Nice rule: on a Commission proposal); undefined for rules no date changes. */
function majorityOf(rule: RuleId): 'qmv' | 'reinforced' | undefined {
  return rule === 'nice' ? 'qmv' : rule === 'qmv' || rule === 'reinforced' ? rule : undefined;
}

/** The rule of a date for `rule`'s kind of majority; for no date, today's treaty rule. */
function ruleOf(rule: RuleId, date: string | undefined): RuleId {
  const m = majorityOf(rule);
  if (!m) return rule;
  return date === undefined ? m : rulesOfDate(m, date)[0]!;
}

/**
 * How a scenario's rule stands against its date:
 * `fits` no date, a rule no date changes, or the rule of the date; `niceOfDate` the Nice rule
 * as the rule of a date before November 2014; `niceOnRequest` the Nice rule
 * in the transition, when a member could ask for it; `niceAvailable` the double majority in the
 * transition, where the Nice rule could be asked for instead; `notOfDate` a rule chosen by hand
 * that was not the rule of the date (`expected` is).
 */
export type RuleDateStatus =
  | { readonly kind: 'fits' }
  | { readonly kind: 'niceOfDate'; readonly date: string }
  | { readonly kind: 'niceOnRequest'; readonly date: string }
  | { readonly kind: 'niceAvailable'; readonly date: string }
  | { readonly kind: 'notOfDate'; readonly date: string; readonly rule: RuleId; readonly expected: RuleId };

/**
 * The status of `rule` on `date`.
 * @example ruleDateStatus('qmv', '2012-05-01') // { kind: 'notOfDate', date: '2012-05-01', rule: 'qmv', expected: 'nice' }
 * @example ruleDateStatus('qmv', '2016-03-01').kind // 'niceAvailable'
 */
export function ruleDateStatus(rule: RuleId, date: string | undefined): RuleDateStatus {
  const m = majorityOf(rule);
  if (!m || date === undefined) return { kind: 'fits' };
  const rules = rulesOfDate(m, date);
  if (rules[0] === rule) return rules.length > 1 ? { kind: 'niceAvailable', date } : rule === 'nice' ? { kind: 'niceOfDate', date } : { kind: 'fits' };
  if (rules.includes(rule)) return { kind: 'niceOnRequest', date };
  return { kind: 'notOfDate', date, rule, expected: rules[0]! };
}

/**
 * The rule after the date of the vote moves from `from` to `to`: a rule that was the rule of
 * the old date (or today's, with no date) becomes the rule of the new one; a rule chosen by hand
 * against the old date stays chosen.
 * @example ruleFollowingDate('qmv', undefined, '2012-05-01') // 'nice'
 * @example ruleFollowingDate('qmv', '2012-05-01', '2013-02-01') // 'qmv' (chosen by hand, kept)
 */
export function ruleFollowingDate(rule: RuleId, from: string | undefined, to: string | undefined): RuleId {
  if (ruleOf(rule, from) !== rule) return rule;
  return ruleOf(rule, to);
}

/** The rule of the date for the kind of majority `rule` stands for (the Nice rule before November 2014). */
export const ruleOfDate = (rule: RuleId, date: string): RuleId => ruleOf(rule, date);
