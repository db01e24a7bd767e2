import { count } from '../../core/format';
import type { CoalitionCounts } from '../../core/power';

/** Winning, minimal winning and minimal blocking coalitions by number of members (sizes with none left out). */
export function CoalitionSizeTable({ bySize }: { bySize: CoalitionCounts['bySize'] }) {
  const sizes = bySize.winning
    .map((_, k) => k)
    .filter((k) => (bySize.winning[k] ?? 0) + (bySize.minimalWinning[k] ?? 0) + (bySize.minimalBlocking[k] ?? 0) > 0);
  return (
    <details className="analysis__sizes">
      <summary>Coalitions by number of members</summary>
      <table className="analysis__table">
        <thead>
          <tr>
            <th scope="col">Members</th>
            <th scope="col">Winning</th>
            <th scope="col">Minimal winning</th>
            <th scope="col">Minimal blocking</th>
          </tr>
        </thead>
        <tbody>
          {sizes.map((k) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{count(bySize.winning[k] ?? 0)}</td>
              <td>{count(bySize.minimalWinning[k] ?? 0)}</td>
              <td>{count(bySize.minimalBlocking[k] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
