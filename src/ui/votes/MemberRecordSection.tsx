import { Suspense, lazy, memo, useState } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { RecordedVote } from '../../core/votes/record';
import { useT } from '../i18n/useT';
import { MemberSelect } from './MemberSelect';
import '../../i18n/votes/register';

const MemberRecordChart = lazy(() => import('./MemberRecordChart'));

interface Props {
  readonly votes: readonly RecordedVote[];
  /** The member chosen in the filters, if any. */
  readonly suggested: CountryCode | null;
  readonly onOpen: (vote: RecordedVote) => void;
}

/** Pick a member, then its record chart (Recharts) loads on demand. */
export const MemberRecordSection = memo(function MemberRecordSection({ votes, suggested, onOpen }: Props) {
  const tr = useT();
  const { t } = tr;
  const [picked, setPicked] = useState<CountryCode | null>(null);
  const [shown, setShown] = useState<CountryCode | null>(null);
  const member = picked ?? suggested ?? ('HU' as CountryCode);
  return (
    <section className="votes__record" aria-labelledby="votes-record-heading">
      <h3 id="votes-record-heading">{t('votes.chart.heading')}</h3>
      <p className="hint">{t('votes.reported.notCounted')}</p>
      <div className="votes__record-pick">
        <MemberSelect label={t('votes.chart.choose')} value={member} onChange={(c) => c && setPicked(c)} />
        <button type="button" onClick={() => setShown(member)}>
          {t('votes.chart.show')}
        </button>
      </div>
      {shown && (
        <Suspense fallback={<p className="hint">{t('votes.chart.loading')}</p>}>
          <MemberRecordChart key={shown} votes={votes} code={shown} onOpen={onOpen} />
        </Suspense>
      )}
    </section>
  );
});
