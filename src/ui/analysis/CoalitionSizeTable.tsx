import type { CoalitionCounts } from '../../core/analysis/power';
import { useT } from '../i18n/useT';
import { TableScroll } from './TableScroll';
import '../../i18n/analysis/register';

/** Winning, minimal winning and minimal blocking coalitions by number of members (sizes with none left out). */
export function CoalitionSizeTable({ bySize }: { bySize: CoalitionCounts['bySize'] }) {
  const tr = useT();
  const { t } = tr;
  const sizes = bySize.winning
    .map((_, k) => k)
    .filter((k) => (bySize.winning[k] ?? 0) + (bySize.minimalWinning[k] ?? 0) + (bySize.minimalBlocking[k] ?? 0) > 0);
  return (
    <details className="analysis__sizes">
      <summary>{t('analysis.sizes.summary')}</summary>
      <TableScroll label={t('analysis.sizes.summary')}>
        <table className="analysis__table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.sizes.members')}</th>
              <th scope="col">{t('analysis.sizes.winning')}</th>
              <th scope="col">{t('analysis.sizes.minimalWinning')}</th>
              <th scope="col">{t('analysis.sizes.minimalBlocking')}</th>
            </tr>
          </thead>
          <tbody>
            {sizes.map((k) => (
              <tr key={k}>
                <th scope="row">{tr.count(k)}</th>
                <td>{tr.count(bySize.winning[k] ?? 0)}</td>
                <td>{tr.count(bySize.minimalWinning[k] ?? 0)}</td>
                <td>{tr.count(bySize.minimalBlocking[k] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
