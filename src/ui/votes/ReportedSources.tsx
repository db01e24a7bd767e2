import type { ReportedVote } from '../../core/votes/reported';
import { useT } from '../i18n/useT';
import '../../i18n/votes/register';
import '../../i18n/later/register';

/** What a source gives, as the record says it in English: the key of its words on screen. */
const SUPPORTS = {
  positions: 'source.supports.positions',
  'positions and outcome': 'source.supports.positionsAndOutcome',
  'number of members and population share in favour': 'source.supports.shares',
} as const;

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
          {s.supports in SUPPORTS ? <span>({t(SUPPORTS[s.supports as keyof typeof SUPPORTS])})</span> : <span lang="en">({s.supports})</span>}
        </span>
      ))}
      {' · '}
      {t('votes.reported.confidence', { level: t(`confidence.${vote.confidence}`) })}
    </p>
  );
}
