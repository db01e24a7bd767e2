import { RULE_LABELS } from '../../core/vote';
import type { ThresholdTexts } from '../../core/whatIf';
import { useStore } from '../../state/store';

const FIELDS: readonly (readonly [keyof ThresholdTexts, string, number])[] = [
  ['memberPct', 'Member share %', 100],
  ['populationPct', 'Population share %', 100],
  ['minMembers', 'Minimum members', 100],
  ['blockingMembers', 'Blocking minority (members)', 100],
];

/** The rule the analysis uses: the one on screen, or custom thresholds. */
export function ThresholdsFieldset() {
  const ruleOnScreen = useStore((s) => s.scenario.rule);
  const mode = useStore((s) => s.whatIf.ruleMode);
  const thresholds = useStore((s) => s.whatIf.thresholds);
  const whatIfRuleChosen = useStore((s) => s.whatIfRuleChosen);
  const thresholdTyped = useStore((s) => s.thresholdTyped);
  return (
    <fieldset className="analysis__rule">
      <legend>Rule for the analysis</legend>
      <label>
        <input type="radio" name="analysis-rule" checked={mode === 'screen'} onChange={() => whatIfRuleChosen('screen')} /> As on screen (
        {RULE_LABELS[ruleOnScreen]})
      </label>
      <label>
        <input type="radio" name="analysis-rule" checked={mode === 'custom'} onChange={() => whatIfRuleChosen('custom')} /> Custom
        thresholds
      </label>
      {mode === 'custom' && (
        <>
          <div className="analysis__filters">
            {FIELDS.map(([key, label, max]) => (
              <label key={key} className="field">
                <span className="field__label">{label}</span>
                <input type="number" min={0} max={max} step={1} value={thresholds[key]} onChange={(e) => thresholdTyped(key, e.target.value)} />
              </label>
            ))}
          </div>
          <p className="hint">
            Adopted when the members in favour reach the member share of those taking part and the minimum, and represent the population
            share (0 or blank: no population condition) — unless fewer members than the blocking minority are not in favour, as with the
            four-member clause of Art. 16(4) TEU (0 or blank: no such clause).
          </p>
        </>
      )}
    </fieldset>
  );
}
