import { lazy } from 'react';
import { useStore } from '../../state/store';
import { LazySection } from '../shell/LazySection';
import { useT } from '../i18n/useT';

const Comparison = lazy(() => import('./Comparison'));

/** Two scenarios side by side, once there is a saved one: its code and work start when opened. */
export function CompareScenarios() {
  const saved = useStore((s) => s.library.length > 0);
  const { t } = useT();
  if (!saved) return null;
  return <LazySection heading={t('compare.heading')} loading={t('compare.loading')} Content={Comparison} />;
}
