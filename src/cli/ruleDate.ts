/**
 * --rule against --date: a qualified majority asked for a date before 1 November 2014 is the
 * Nice rule of that date (Protocol No 36, Art. 3(3)), as in the app; any other disagreement
 * between the rule asked for and the rule of the date is said on stderr, and the rule asked for
 * is kept.
 */
import { longDate } from '../core/scenario/longDate';
import { ruleDateStatus } from '../core/rules/ruleOfDate';
import { RULE_LABELS, type Rule } from '../core/rules/vote';

export interface RuleOnDate {
  readonly rule: Rule;
  /** Said on stderr, one line without the program's name. */
  readonly note?: string;
}

/**
 * The rule to evaluate for `rule` asked on `date`, and what to say about it.
 * @example ruleOnDate({ kind: 'qmv' }, '2012-05-01').rule // { kind: 'nice', commissionProposal: true, populationCheck: true }
 */
export function ruleOnDate(rule: Rule, date: string): RuleOnDate {
  if (rule.kind === 'custom') return { rule };
  const st = ruleDateStatus(rule.kind, date);
  const day = longDate(date, 'en');
  switch (st.kind) {
    case 'fits':
    case 'niceOfDate':
      return { rule };
    case 'niceAvailable':
      return { rule, note: `note: on ${day} any member could ask for the Nice weighted votes instead of the double majority (Protocol No 36, Art. 3(2)); give --rule nice to evaluate under them` };
    case 'niceOnRequest':
      return { rule, note: `note: the Nice weighted votes on ${day} only if a member asked for them (Protocol No 36, Art. 3(2)); the rule of that date is the double majority (--rule qmv)` };
    case 'notOfDate':
      if (st.expected === 'nice' && (rule.kind === 'qmv' || rule.kind === 'reinforced')) {
        // Not on a Commission proposal (the reinforced majority), Nice asked two thirds of the members.
        const nice: Rule = { kind: 'nice', commissionProposal: rule.kind === 'qmv', populationCheck: true };
        return { rule: nice, note: `note: on ${day} a ${RULE_LABELS[rule.kind].toLowerCase()} meant the Nice weighted votes (Protocol No 36, Art. 3(3)): evaluated under them` };
      }
      return { rule, note: `note: --rule ${st.rule} is not the rule of ${day} (${RULE_LABELS[st.expected].toLowerCase()} is, --rule ${st.expected}): evaluated under --rule ${st.rule} as asked` };
  }
}
