import { lazy } from 'react';
import { LazySection } from '../shell/LazySection';
import { useT } from '../i18n/useT';

const AnalysisPanel = lazy(() => import('./AnalysisPanel'));

/** Power indices and what-if analysis: its code and its work start only when opened. */
export function AnalysisSection() {
  const { t } = useT();
  return <LazySection heading={t('analysis.heading')} loading={t('analysis.loading')} Content={AnalysisPanel} />;
}
