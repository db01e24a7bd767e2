import { useMemo } from 'react';
import { electorateOf } from '../../core/data/datasets';
import { ruleOf } from '../../core/rules/vote';
import { useDataset } from '../../state/selectors';
import { useStore } from '../../state/store';

/** The electorate, rule and positions of the scenario on screen, stable between renders. */
export function useVote() {
  const dataset = useDataset();
  const positions = useStore((s) => s.scenario.positions);
  const ruleId = useStore((s) => s.scenario.rule);
  const electorate = useMemo(() => electorateOf(dataset), [dataset]);
  const rule = useMemo(() => ruleOf(ruleId), [ruleId]);
  return { dataset, electorate, positions, rule };
}
