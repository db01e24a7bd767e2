/**
 * The rule against the date of the vote, in the reader's language: the facts are the core's
 * (ruleDateStatus in src/core/rules/ruleOfDate.ts); only the words are chosen here.
 */
import type { RuleDateStatus } from '../core/rules/ruleOfDate';
import { assertNever } from '../core/result';
import type { Translator } from './translator';
import './ruleDate/register';

/**
 * The sentence for a status, or undefined when there is nothing to say (no date, or a rule no date changes).
 * @example ruleDateSentence({ kind: 'niceAvailable', date: '2016-03-01' }, translator('en')) // "On 1 March 2016 the double majority applies, but …"
 */
export function ruleDateSentence(st: RuleDateStatus, tr: Translator): string | undefined {
  switch (st.kind) {
    case 'fits':
      return undefined;
    case 'niceOfDate':
    case 'niceAvailable':
    case 'niceOnRequest':
      return tr.t(`ruleDate.${st.kind}`, { date: tr.day(st.date) });
    case 'notOfDate':
      return tr.t('ruleDate.notOfDate', { date: tr.day(st.date), rule: tr.t(`rule.${st.rule}`), expected: tr.t(`rule.${st.expected}`) });
    default:
      return assertNever(st);
  }
}
