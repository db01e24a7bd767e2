import { RULE_IDS, RULE_LABELS, isRuleId } from '../core/vote';
import { useStore } from '../state/store';

export function RuleSelect() {
  const rule = useStore((s) => s.scenario.rule);
  const ruleChosen = useStore((s) => s.ruleChosen);
  return (
    <label className="field">
      <span className="field__label">Voting rule</span>
      <select value={rule} onChange={(e) => isRuleId(e.target.value) && ruleChosen(e.target.value)}>
        {RULE_IDS.map((id) => (
          <option key={id} value={id}>
            {RULE_LABELS[id]}
          </option>
        ))}
      </select>
    </label>
  );
}
