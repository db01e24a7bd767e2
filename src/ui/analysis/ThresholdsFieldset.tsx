import type { ThresholdTexts } from '../../core/analysis/whatIf';
import type { MessageKey } from '../../i18n/en';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import '../../i18n/analysis/register';

const FIELDS: readonly (readonly [keyof ThresholdTexts, MessageKey, number])[] = [
  ['memberPct', 'analysis.rule.memberPct', 100],
  ['populationPct', 'analysis.rule.populationPct', 100],
  ['minMembers', 'analysis.rule.minMembers', 100],
  ['blockingMembers', 'analysis.rule.blockingMembers', 100],
];

/** The rule the analysis uses: the one on screen, or custom thresholds. */
export function ThresholdsFieldset() {
  const { t } = useT();
  const ruleOnScreen = useStore((s) => s.scenario.rule);
  const mode = useStore((s) => s.whatIf.ruleMode);
  const thresholds = useStore((s) => s.whatIf.thresholds);
  const whatIfRuleChosen = useStore((s) => s.whatIfRuleChosen);
  const thresholdTyped = useStore((s) => s.thresholdTyped);
  return (
    <fieldset className="analysis__rule">
      <legend>{t('analysis.rule.legend')}</legend>
      <label>
        <input type="radio" name="analysis-rule" checked={mode === 'screen'} onChange={() => whatIfRuleChosen('screen')} />{' '}
        {t('analysis.rule.onScreen', { rule: t(`rule.${ruleOnScreen}`) })}
      </label>
      <label>
        <input type="radio" name="analysis-rule" checked={mode === 'custom'} onChange={() => whatIfRuleChosen('custom')} />{' '}
        {t('analysis.rule.custom')}
      </label>
      {mode === 'custom' && (
        <>
          <div className="analysis__filters">
            {FIELDS.map(([key, label, max]) => (
              <label key={key} className="field">
                <span className="field__label">{t(label)}</span>
                <input type="number" min={0} max={max} step={1} value={thresholds[key]} onChange={(e) => thresholdTyped(key, e.target.value)} />
              </label>
            ))}
          </div>
          <p className="hint">{t('analysis.rule.hint')}</p>
        </>
      )}
    </fieldset>
  );
}
