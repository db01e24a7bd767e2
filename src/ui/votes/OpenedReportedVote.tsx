import type { CountryCode } from '../../core/rules/countries';
import { compareShares, computedShares } from '../../core/votes/publishedShares';
import { findReported } from '../../core/votes/reportedCorpus';
import { reportedPublishedShare, reportedScenario } from '../../core/votes/reportedScenario';
import type { Dataset } from '../../core/data/dataset';
import { useT } from '../i18n/useT';
import { day } from './day';
import { OpenedVoteChanges } from './OpenedVoteChanges';
import { PublishedShareTable } from './PublishedShareTable';
import { useVoteOnScreen } from './useVoteOnScreen';
import { ReportedSources } from './ReportedSources';
import './votes.css';
import '../../i18n/votes/register';

function openReported(id: string, datasets: readonly Dataset[]) {
  const vote = findReported(id);
  return vote ? reportedScenario(vote, datasets) : undefined;
}

/** The reported outcome of a vote reported in the press beside our verdict, with its sources and the figures used. */
export default function OpenedReportedVote({ id }: { readonly id: string }) {
  const tr = useT();
  const { t } = tr;
  const { vs, results, ref, onVoteFigures } = useVoteOnScreen(id, openReported);
  if (!vs || !results?.ok) return null;
  const v = vs.reported;
  const names = (codes: readonly CountryCode[]) => tr.and(codes.map((c) => tr.country(c)));
  const published = reportedPublishedShare(v);
  const ours = computedShares(vs);
  const outcome = v.outcome === 'adopted' && v.stage === 'general_approach' ? 'general_approach' : v.outcome;
  const heading = t('votes.reported.opened.heading', { date: day(tr.locale, v.date) });
  return (
    <section ref={ref} className="panel opened-vote" aria-label={heading}>
      <h2 className="opened-vote__heading">{heading}</h2>
      <p className="opened-vote__title" lang="en">
        {v.title}
      </p>
      {v.stage === 'general_approach' && <p className="hint">{t('votes.reported.generalApproach')}</p>}
      <p className="opened-vote__recorded">
        <strong>{t(`votes.reported.outcome.${outcome}`, { n: tr.count(v.reportedInFavour) })}</strong>{' '}
        {results.value.map(({ rule, outcome: o }) => (
          <span key={rule} className="opened-vote__ours">
            {t('votes.opened.ours', { rule: t(`rule.${rule}`), verdict: t(`votes.opened.verdict.${o.verdict}`) })}{' '}
          </span>
        ))}
      </p>
      <p className="hint">
        {/* On the vote's own figures and date, the line beside the verdict already says which table this is. */}
        {onVoteFigures
          ? null
          : vs.inForce
            ? t('votes.opened.inForce', { label: tr.dataset(vs.dataset) })
            : t('votes.opened.nearest', { label: tr.dataset(vs.dataset), date: day(tr.locale, v.date) })}
        {vs.positions.undecided.length > 0 && (
          <>
            {onVoteFigures ? '' : ' '}
            {t('votes.reported.undecided', { members: names(vs.positions.undecided) })}
          </>
        )}
      </p>
      {published && (
        <PublishedShareTable
          published={published}
          ours={ours}
          comparison={compareShares(published, ours, vs.inForce)}
        />
      )}
      <ReportedSources vote={v} />
      <OpenedVoteChanges vs={vs} />
    </section>
  );
}
