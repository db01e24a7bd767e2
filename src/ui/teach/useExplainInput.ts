import { useMemo } from 'react';
import { electorateOf } from '../../core/data/datasets';
import type { ExplainInput } from '../../core/teach/explainSteps';
import { useDataset, useOutcome } from '../../state/selectors';
import { useStore } from '../../state/store';

/** The outcome on screen with the electorate and positions behind it, or null when unavailable. */
export function useExplainInput(): ExplainInput | null {
  const result = useOutcome();
  const dataset = useDataset();
  const positions = useStore((s) => s.scenario.positions);
  const electorate = useMemo(() => electorateOf(dataset), [dataset]);
  return useMemo(() => (result.ok ? { outcome: result.value, electorate, positions } : null), [result, electorate, positions]);
}
