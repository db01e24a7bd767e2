/**
 * The rule against the date of the vote in English, for the exports and the command line (the
 * app renders the same facts in its languages, src/i18n/ruleDate.ts).
 */
import { assertNever } from '../result';
import { ruleDateStatus, type RuleDateStatus } from '../rules/ruleOfDate';
import { RULE_LABELS } from '../rules/vote';
import { longDate } from './longDate';
import type { Scenario } from './scenario';

/**
 * The sentence for a status; empty when there is nothing to say.
 * @example ruleDateText({ kind: 'notOfDate', date: '2012-05-01', rule: 'qmv', expected: 'nice' }) // "Qualified majority was chosen by hand: …"
 */
export function ruleDateText(st: RuleDateStatus): string {
  switch (st.kind) {
    case 'fits':
      return '';
    case 'niceOfDate':
      return `On ${longDate(st.date, 'en')} a qualified majority meant the Nice weighted votes: at least 260 of 352 votes (in the same proportion of those taking part) from a majority of the members, and 62 % of the population if a member asked (Protocol No 36, Art. 3(3)).`;
    case 'niceAvailable':
      return `On ${longDate(st.date, 'en')} the double majority applies, but any member could ask for the Nice weighted votes instead (Protocol No 36, Art. 3(2)), until 31 March 2017.`;
    case 'niceOnRequest':
      return `Nice weighted votes, as any member could ask for on ${longDate(st.date, 'en')} (Protocol No 36, Art. 3(2)); without such a request the double majority applies.`;
    case 'notOfDate':
      return `${RULE_LABELS[st.rule]} was chosen by hand: it is not the rule of ${longDate(st.date, 'en')} (${RULE_LABELS[st.expected]} is).`;
    default:
      return assertNever(st);
  }
}

/** The rule of a scenario against its date, in a sentence; empty when there is nothing to say. */
export const scenarioRuleDateText = (s: Pick<Scenario, 'rule' | 'date'>): string => ruleDateText(ruleDateStatus(s.rule, s.date));
