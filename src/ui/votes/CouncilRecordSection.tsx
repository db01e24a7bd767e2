import { Suspense, lazy, memo, useState } from 'react';
import type { RecordedVote } from '../../core/votes/record';
import { useT } from '../i18n/useT';
import '../../i18n/votes/register';

const CouncilRecordChart = lazy(() => import('./CouncilRecordChart'));

interface Props {
  readonly votes: readonly RecordedVote[];
}

/** The Council as a whole: contested votes and who votes with whom, loaded (Recharts) on demand. */
export const CouncilRecordSection = memo(function CouncilRecordSection({ votes }: Props) {
  const { t } = useT();
  const [shown, setShown] = useState(false);
  return (
    <section className="votes__record" aria-labelledby="votes-council-heading">
      <h3 id="votes-council-heading">{t('votes.council.heading')}</h3>
      <p className="hint">{t('votes.reported.notCounted')}</p>
      {shown ? (
        <Suspense fallback={<p className="hint">{t('votes.chart.loading')}</p>}>
          <CouncilRecordChart votes={votes} />
        </Suspense>
      ) : (
        <button type="button" onClick={() => setShown(true)}>
          {t('votes.council.show')}
        </button>
      )}
    </section>
  );
});
