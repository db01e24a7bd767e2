import { useDataset } from '../../state/selectors';
import { useStore } from '../../state/store';
import { PopulationBarView } from './PopulationBarView';

/** The population bar of the scenario on screen. */
export function PopulationBar() {
  const dataset = useDataset();
  const positions = useStore((s) => s.scenario.positions);
  const rule = useStore((s) => s.scenario.rule);
  return <PopulationBarView dataset={dataset} positions={positions} rule={rule} />;
}
