import { useMemo } from 'react';
import { datasetsWith } from '../../core/data/datasets';
import { presetScenario, whatIfScenario, type Preset } from '../../core/scenario/preset';
import { openedChanges } from '../../core/votes/openedChanges';
import { nonMembersOn } from '../../core/scenario/voteDate';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

/**
 * In the preset panel, once the screen is no longer the preset as published — another date,
 * table, rule or positions (its what-if counts as its own) — that its text describes the
 * original, and what differs; nothing while the screen is the preset.
 */
export function PresetChanges({ preset }: { readonly preset: Preset }) {
  const tr = useT();
  const { t } = tr;
  const scenario = useStore((s) => s.scenario);
  const added = useStore((s) => s.addedDatasets);
  const [base, whatIf] = useMemo(() => [presetScenario(preset), whatIfScenario(preset)], [preset]);
  const all = datasetsWith(added);
  const onScreen = all.find((d) => d.id === scenario.datasetId);
  // Members not in the Council on the screen's date do not participate by membership, not by an edit.
  const outside = onScreen && scenario.date ? nonMembersOn(onScreen, scenario.date) : [];
  const c = openedChanges(base, [base.rule], scenario, outside);
  const positions = c.positions && (!whatIf || openedChanges(whatIf, [base.rule], scenario, outside).positions);
  if (!positions && !c.figures && !c.date && !c.rule) return null;
  const label = (id: string) => all.find((d) => d.id === id)?.label ?? id;
  const presetDay = base.date ? tr.day(base.date) : '';
  const sentences = [
    t('presetChanges.lead'),
    c.date && base.date && (scenario.date === undefined ? t('presetChanges.undated', { preset: presetDay }) : t('presetChanges.date', { screen: tr.day(scenario.date), preset: presetDay })),
    c.figures && t('presetChanges.figures', { screen: label(scenario.datasetId), preset: label(base.datasetId) }),
    c.rule && t('presetChanges.rule', { screen: t(`rule.${scenario.rule}`), preset: t(`rule.${base.rule}`) }),
    positions && t('presetChanges.positions'),
  ].filter((s): s is string => typeof s === 'string' && s !== '');
  return (
    <p className="caution preset__changed" role="note">
      <span aria-hidden="true">⚠ </span>
      {sentences.join(' ')}
    </p>
  );
}
