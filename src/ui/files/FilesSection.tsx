import { lazy } from 'react';
import { LazySection } from '../shell/LazySection';
import { useT } from '../i18n/useT';

const FilesPanel = lazy(() => import('./FilesPanel'));

/** Files followed over time: its code and the chart library load only when opened. */
export function FilesSection() {
  const { t } = useT();
  return <LazySection className="files-section" heading={t('files.heading')} loading={t('files.loading')} Content={FilesPanel} />;
}
