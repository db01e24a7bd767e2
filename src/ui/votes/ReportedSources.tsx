import type { ReportedVote } from '../../core/votes/reported';
import { useT } from '../i18n/useT';

/**
 * A reported vote's sources as links to the articles (site name and title, kept as published or
 * in an English rendering in brackets; the day it was published where known), with what each
 * gives, and its confidence.
 */
export function ReportedSources({ vote }: { readonly vote: ReportedVote }) {
  const { t, day } = useT();
  return (
    <p className="vote__sources">
      {t('votes.reported.sources')}
      {t('punct.colon')}
      {vote.sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && '; '}
          <a href={s.url} target="_blank" rel="noreferrer noopener" lang="en">
            {s.via ? t('votes.reported.via', { site: s.label, agency: s.via }) : s.label}: “{s.title}”
          </a>
          {s.published && `, ${day(s.published)}`}{' '}
          <span lang="en">({s.supports})</span>
        </span>
      ))}
      {' · '}
      {t('votes.reported.confidence', { level: t(`confidence.${vote.confidence}`) })}
    </p>
  );
}
