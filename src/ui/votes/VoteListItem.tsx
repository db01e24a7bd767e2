import { memo, type Ref } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { RecordedVote } from '../../core/votes/record';
import { useT } from '../i18n/useT';
import { recordName } from '../../i18n/recordNames';
import { day } from './day';
import { rowTitles } from './rowTitles';
import '../../i18n/votes/register';

interface Props {
  readonly vote: RecordedVote;
  readonly onOpen: (vote: RecordedVote) => void;
  /**
   * In a virtual list: the row's index among all `of` rows, told to screen readers (n of N), and
   * how far down the list it is drawn (px). Primitives, so a row that stays in view is not redrawn.
   */
  readonly index?: number;
  readonly of?: number;
  readonly start?: number;
  readonly ref?: Ref<HTMLLIElement>;
}

/** One recorded vote: date, title, procedure, who was against or abstained, and "Open". */
export const VoteListItem = memo(function VoteListItem({ vote, onOpen, index, of, start, ref }: Props) {
  const tr = useT();
  const { t } = tr;
  // One text node each ("Against: Poland and Romania"): fewer nodes for a row to lay out when it scrolls in.
  const said = (label: 'votes.against' | 'votes.abstained' | 'votes.notParticipating', codes: readonly CountryCode[]) =>
    `${t(label)}${t('punct.colon')}${tr.and(codes.map((c) => tr.country(c)))}`;
  const area = vote.area ? recordName(vote.area, tr.locale) : null;
  const { full: title, shown, procedure } = rowTitles(vote);
  const date = day(tr.locale, vote.date);
  const { no, abstain, absent } = vote.lists;
  return (
    <li
      className={index === undefined ? 'vote' : 'vote vote--row'}
      ref={ref}
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={of}
      style={start === undefined ? undefined : { transform: `translateY(${start}px)` }}
    >
      <div className="vote__head">
        <span className="vote__date">{date}</span>
        <span className="vote__meta">
          {t(`votes.rule.${vote.rule}`)}
          {area && <span lang={area.lang}>{` · ${area.text}`}</span>}
          {`${procedure ? ` · ${t('votes.procedure', { code: procedure })}` : ''} · #${vote.id}`}
        </span>
      </div>
      <p className="vote__title" lang={title ? 'en' : undefined} title={title ?? undefined}>
        {shown ?? t('votes.noTitle')}
      </p>
      <p className="vote__positions">
        {no.length === 0 && abstain.length === 0 ? (
          t('votes.unanimousYes')
        ) : (
          <>
            {no.length > 0 && <span className="vote__against">{said('votes.against', no)}</span>}
            {abstain.length > 0 && <span className="vote__abstained">{said('votes.abstained', abstain)}</span>}
          </>
        )}
        {absent.length > 0 && <span className="vote__absent">{said('votes.notParticipating', absent)}</span>}
      </p>
      <button
        type="button"
        className="vote__open"
        aria-label={t('votes.openLabel', { id: vote.id, date })}
        onClick={() => onOpen(vote)}
      >
        {t('votes.open')}
      </button>
    </li>
  );
});
