import { findVote } from '../../core/votes/corpus';
import { compareShares, computedShares, publishedShareOf } from '../../core/votes/publishedShares';
import { voteScenario } from '../../core/votes/voteScenario';
import type { Dataset } from '../../core/data/dataset';
import type { CountryCode } from '../../core/rules/countries';
import { useT } from '../i18n/useT';
import { day } from './day';
import { OpenedVoteChanges } from './OpenedVoteChanges';
import { PublishedShareTable } from './PublishedShareTable';
import { useVoteOnScreen } from './useVoteOnScreen';
import './votes.css';
import '../../i18n/votes/register';

function openRecorded(id: string, datasets: readonly Dataset[]) {
  const vote = findVote(id);
  return vote ? voteScenario(vote, datasets) : undefined;
}

/** The recorded outcome of the vote on screen beside our verdict, with the figures each used. */
export default function OpenedVote({ id }: { readonly id: string }) {
  const tr = useT();
  const { t } = tr;
  const { vs, results, ref, onVoteFigures } = useVoteOnScreen(id, openRecorded);
  if (!vs || !results?.ok) return null;
  const names = (codes: readonly CountryCode[]) => tr.and(codes.map((c) => tr.country(c)));
  const published = publishedShareOf(vs.vote.id);
  return (
    <section
      ref={ref}
      className="panel opened-vote"
      aria-label={t('votes.opened.heading', { id: vs.vote.id, date: day(tr.locale, vs.vote.date) })}
    >
      <h2 className="opened-vote__heading">
        {t('votes.opened.heading', { id: vs.vote.id, date: day(tr.locale, vs.vote.date) })}
      </h2>
      <p className="opened-vote__recorded">
        <strong>{t('votes.opened.recorded')}</strong>{' '}
        {results.value.map(({ rule, outcome }) => (
          <span key={rule} className="opened-vote__ours">
            {t('votes.opened.ours', {
              rule: t(`rule.${rule}`),
              verdict: t(`votes.opened.verdict.${outcome.verdict}`),
            })}{' '}
          </span>
        ))}
      </p>
      {vs.rules.length > 1 && <p className="hint">{t('votes.opened.niceOnRequest')}</p>}
      <p className="hint">
        {/* On the vote's own figures and date, the line beside the verdict already says which table this is. */}
        {onVoteFigures
          ? null
          : vs.inForce
            ? t('votes.opened.inForce', { label: tr.dataset(vs.dataset) })
            : t('votes.opened.nearest', { label: tr.dataset(vs.dataset), date: day(tr.locale, vs.vote.date) })}
        {/* Members not yet in the Council: said beside the verdict while on the vote's figures and date, here otherwise. */}
        {vs.nonMembers.length > 0 && !onVoteFigures && (
          <> {t('votes.opened.nonMembers', { members: names(vs.nonMembers) })}</>
        )}
        {vs.nonMembers.length > 0 && (
          <>
            {' '}
            {vs.rules.includes('nice') && `${t('votes.opened.weightsExact')} `}
            {t('votes.opened.approximate', { members: names(vs.nonMembers) })}
          </>
        )}
        {vs.notListed.length > 0 && <> {t('votes.opened.notListed', { members: names(vs.notListed) })}</>}
        {vs.listedNonMembers.length > 0 && (
          <> {t('votes.opened.listedNonMembers', { members: names(vs.listedNonMembers) })}</>
        )}
      </p>
      {published && (
        <PublishedShareTable
          published={published}
          ours={computedShares(vs)}
          comparison={compareShares(published, computedShares(vs), vs.inForce)}
        />
      )}
      <OpenedVoteChanges vs={vs} />
    </section>
  );
}
