import { RULE_IDS, isRuleId } from '../../core/rules/vote';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

export function RuleSelect() {
  const rule = useStore((s) => s.scenario.rule);
  const ruleChosen = useStore((s) => s.ruleChosen);
  const { t } = useT();
  return (
    <label className="field">
      <span className="field__label">{t('rule.label')}</span>
      <select value={rule} onChange={(e) => isRuleId(e.target.value) && ruleChosen(e.target.value)}>
        {RULE_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`rule.${id}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
