import { useShallow } from 'zustand/react/shallow';
import { ruleDateStatus } from '../../core/rules/ruleOfDate';
import { ruleDateSentence } from '../../i18n/ruleDate';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

/**
 * Beside the verdict, the rule against the date of the vote: the Nice rule as the qualified
 * majority of a date before November 2014; in the transition (to 31 March 2017) that a member
 * could ask for the Nice rule, with the switch in one step; a rule chosen by hand that was not
 * the rule of the date, with the way back. Nothing for an undated vote or a rule no date changes.
 */
export function RuleDateNotice() {
  const { rule, date } = useStore(useShallow((s) => ({ rule: s.scenario.rule, date: s.scenario.date })));
  const ruleChosen = useStore((s) => s.ruleChosen);
  const tr = useT();
  const st = ruleDateStatus(rule, date);
  const sentence = ruleDateSentence(st, tr);
  if (!sentence) return null;
  const action =
    st.kind === 'niceAvailable'
      ? { label: tr.t('ruleDate.useNice'), rule: 'nice' as const }
      : st.kind === 'niceOnRequest'
        ? { label: tr.t('ruleDate.useDoubleMajority'), rule: 'qmv' as const }
        : st.kind === 'notOfDate'
          ? { label: tr.t('ruleDate.useExpected', { expected: tr.t(`rule.${st.expected}`) }), rule: st.expected }
          : undefined;
  const caution = st.kind === 'notOfDate';
  return (
    <div className={caution ? 'caution rule-date-notice' : 'rule-date-notice period-notice--plain'} role="note" aria-labelledby="rule-date-notice-text">
      <p id="rule-date-notice-text">
        {caution && <span aria-hidden="true">⚠ </span>}
        {caution ? <strong>{sentence}</strong> : sentence}
      </p>
      {action && (
        <button type="button" className="link-button" onClick={() => ruleChosen(action.rule)}>
          {action.label}
        </button>
      )}
    </div>
  );
}
