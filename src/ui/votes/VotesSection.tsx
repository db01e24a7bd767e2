import { lazy } from 'react';
import { LazySection } from '../shell/LazySection';
import { useT } from '../i18n/useT';

const VotesPanel = lazy(() => import('./VotesPanel'));

/** The Council's voting record: a closed section until asked for; its code and data load only then. */
export function VotesSection() {
  const { t } = useT();
  return <LazySection className="votes" heading={t('votes.heading')} loading={t('votes.loading')} Content={VotesPanel} />;
}
