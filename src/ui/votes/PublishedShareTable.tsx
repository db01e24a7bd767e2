import type { ComputedShares, PublishedShare, ShareComparison } from '../../core/votes/publishedShares';
import { useT } from '../i18n/useT';
import '../../i18n/votes/register';

/** The population share in favour published at the time beside ours, with the figures each used and why they differ. */
export function PublishedShareTable({
  published,
  ours,
  comparison,
}: {
  readonly published: PublishedShare;
  readonly ours: ComputedShares;
  readonly comparison?: ShareComparison;
}) {
  const tr = useT();
  const { t } = tr;
  const d = comparison ? tr.decimal(Math.abs(comparison.difference) / 100, 2) : '';
  return (
    <>
      <table className="opened-vote__shares">
        <caption>{t('votes.share.heading')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('votes.share.col')}</th>
            <th scope="col">{t('votes.share.table')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('votes.share.published')}</th>
            <td>{tr.percent(published.inFavour / 100, 2)}</td>
            <td lang="en">
              {published.table} (
              <a
                href={published.source.url}
                target="_blank"
                rel="noreferrer noopener"
                aria-label={`${t('votes.share.source')}: ${published.source.label}`}
              >
                {published.source.label}
              </a>
              )
            </td>
          </tr>
          <tr>
            <th scope="row">{t('votes.share.ours')}</th>
            <td>{tr.percent(ours.inFavour / 100, 2)}</td>
            <td lang="en">{ours.table}</td>
          </tr>
        </tbody>
      </table>
      {comparison && (
        <p className="hint opened-vote__difference">
          {comparison.withinRounding
            ? t('votes.share.sameFigures', { d })
            : comparison.sameFigures
              ? t('votes.share.sameFiguresApart', { ours: ours.table, d })
              : t('votes.share.otherFigures', { published: published.table, ours: ours.table, d })}
        </p>
      )}
    </>
  );
}
