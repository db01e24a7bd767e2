import { Suspense, lazy, memo, useState } from 'react';
import { PROTOCOL_ORDER, type CountryCode } from '../../core/rules/countries';
import type { RecordedVote } from '../../core/votes/record';
import { useT } from '../i18n/useT';

const MemberRecordChart = lazy(() => import('./MemberRecordChart'));

const MEMBERS = PROTOCOL_ORDER.slice(
  0,
  PROTOCOL_ORDER.indexOf('UK') + 1,
) as readonly string[] as readonly CountryCode[];

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
  const members = [...MEMBERS].sort((a, b) => tr.compare(tr.country(a), tr.country(b)));
  return (
    <section className="votes__record" aria-labelledby="votes-record-heading">
      <h3 id="votes-record-heading">{t('votes.chart.heading')}</h3>
      <p className="hint">{t('votes.reported.notCounted')}</p>
      <div className="votes__record-pick">
        <label className="field">
          <span className="field__label">{t('votes.chart.choose')}</span>
          <select value={member} onChange={(e) => setPicked(e.target.value as CountryCode)}>
            {members.map((c) => (
              <option key={c} value={c}>
                {tr.country(c)}
              </option>
            ))}
          </select>
        </label>
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
