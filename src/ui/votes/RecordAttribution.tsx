import { memo } from 'react';
import type { VoteRecord } from '../../core/votes/record';
import { useT } from '../i18n/useT';
import { day } from './day';
import '../../i18n/votes/register';

/** The record's heading, source, licence, what it leaves out and what its outcome means: fixed, so a filter change leaves it be. */
export const RecordAttribution = memo(function RecordAttribution({ record }: { readonly record: VoteRecord }) {
  const tr = useT();
  const { t } = tr;
  const { source, excluded } = record;
  return (
    <>
      <h3 className="votes__part">{t('votes.record.heading')}</h3>
      <p className="hint votes__attribution">
        {t('votes.attribution', {
          attribution: source.attribution,
          licence: source.licence,
          excluded: t('votes.excludedWhy', {
            ids: excluded.map((e) => e.id).join(', '),
            date: excluded[0] ? day(tr.locale, excluded[0].date) : '',
          }),
        })}{' '}
        <a href={source.address} target="_blank" rel="noreferrer noopener">
          doi:10.7802/2560
        </a>{' '}
        ·{' '}
        <a href={source.licenceAddress} target="_blank" rel="noreferrer noopener">
          {source.licence}
        </a>
      </p>
      <p className="hint">{t('votes.outcomeNote')}</p>
    </>
  );
});
