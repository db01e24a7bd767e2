import { useMemo, useState } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import { agreement, partnersOf } from '../../core/votes/councilRecord';
import type { RecordedVote } from '../../core/votes/record';
import { useT } from '../i18n/useT';
import { MemberSelect, RECORD_MEMBERS } from './MemberSelect';
import '../../i18n/votes/register';

interface Props {
  readonly votes: readonly RecordedVote[];
}

/** Who votes with whom: for a chosen member, the others by how often they cast the same vote on contested votes. */
export function AgreementTable({ votes }: Props) {
  const tr = useT();
  const { t } = tr;
  const [member, setMember] = useState<CountryCode>('DE' as CountryCode);
  const pairs = useMemo(() => agreement(votes, RECORD_MEMBERS), [votes]);
  const partners = partnersOf(pairs, member);
  return (
    <section className="record__with" aria-labelledby="votes-with-heading">
      <h4 id="votes-with-heading">{t('votes.council.with.heading')}</h4>
      <p className="hint">{t('votes.council.with.note')}</p>
      <MemberSelect label={t('votes.council.with.choose')} value={member} onChange={(c) => c && setMember(c)} />
      <div className="record__table">
        <table>
          <caption>{t('votes.council.with.caption', { member: tr.country(member) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('votes.council.with.col.member')}</th>
              <th scope="col">{t('votes.council.with.col.share')}</th>
              <th scope="col">{t('votes.council.with.col.votes')}</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr key={p.code}>
                <th scope="row">{tr.country(p.code)}</th>
                <td>{p.share === null ? t('votes.council.with.none') : tr.percentOf(p.same, p.votes)}</td>
                <td>{tr.count(p.votes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
