import { memo } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { ReportedVote } from '../../core/votes/reported';
import { reportedPositions } from '../../core/votes/reportedScenario';
import { useT } from '../i18n/useT';
import { recordName } from '../../i18n/recordNames';
import { day } from './day';
import { ReportedSources } from './ReportedSources';
import '../../i18n/votes/register';

interface Props {
  readonly vote: ReportedVote;
  readonly onOpen: (vote: ReportedVote) => void;
}

/** One vote reported in the press: marked as such, with who was against or abstained, the reported outcome and the sources. */
export const ReportedVoteItem = memo(function ReportedVoteItem({ vote, onOpen }: Props) {
  const tr = useT();
  const { t } = tr;
  const names = (codes: readonly CountryCode[]) => tr.and(codes.map((c) => tr.country(c)));
  const { against, abstained, notParticipating } = vote;
  const confirmed = reportedPositions(vote).confirmed;
  const outcome = vote.outcome === 'adopted' && vote.stage === 'general_approach' ? 'general_approach' : vote.outcome;
  return (
    <li className="vote vote--reported">
      <div className="vote__head">
        <span className="vote__date">{day(tr.locale, vote.date)}</span>
        <span className="vote__badge">{t('votes.reported.badge')}</span>
        <span className="vote__meta">
          {t(`votes.rule.${vote.rule}`)}
          {vote.area && <span lang={recordName(vote.area, tr.locale).lang}> · {recordName(vote.area, tr.locale).text}</span>}
          {vote.configuration && <span lang={recordName(vote.configuration, tr.locale).lang}> · {recordName(vote.configuration, tr.locale).text}</span>}
        </span>
      </div>
      <p className="vote__title" lang="en">
        {vote.title}
      </p>
      {vote.stage === 'general_approach' && <p className="vote__stage">{t('votes.reported.generalApproach')}</p>}
      <p className="vote__positions">
        {against.length > 0 && (
          <span className="vote__against">
            {t('votes.against')}
            {t('punct.colon')}
            {names(against)}
          </span>
        )}
        {abstained.length > 0 && (
          <span className="vote__abstained">
            {t('votes.abstained')}
            {t('punct.colon')}
            {names(abstained)}
          </span>
        )}
        {notParticipating.length > 0 && (
          <span className="vote__absent">
            {t('votes.notParticipating')}
            {t('punct.colon')}
            {names(notParticipating)}
          </span>
        )}
        <span>{t(confirmed ? 'votes.reported.othersYes' : 'votes.reported.othersUndecided')}</span>
      </p>
      <p className="vote__outcome">{t(`votes.reported.outcome.${outcome}`, { n: tr.count(vote.reportedInFavour) })}</p>
      <ReportedSources vote={vote} />
      <button
        type="button"
        className="vote__open"
        aria-label={t('votes.reported.openLabel', { date: day(tr.locale, vote.date), title: vote.title })}
        onClick={() => onOpen(vote)}
      >
        {t('votes.open')}
      </button>
    </li>
  );
});
