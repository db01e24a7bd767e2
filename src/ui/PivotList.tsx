import { countryName } from '../core/countries';
import type { Outcome, Pivot } from '../core/outcome';
import { positionOption } from './positionOptions';
import type { Position } from '../core/vote';

const VERDICT_TEXT = { adopted: 'adopted', not_adopted: 'not adopted', undetermined: 'open again' } as const;
const label = (p: Position) => positionOption(p).label;

/** Pivots grouped by the move that changes the verdict: "Yes → No makes it not adopted: Germany, France". */
function groups(pivots: readonly Pivot[]): Array<{ move: string; names: string[] }> {
  const byMove = new Map<string, string[]>();
  for (const p of pivots) {
    const move = `${label(p.from)} → ${label(p.to)} makes it ${VERDICT_TEXT[p.verdict]}`;
    byMove.set(move, [...(byMove.get(move) ?? []), countryName(p.code)]);
  }
  return [...byMove].map(([move, names]) => ({ move, names }));
}

/** The members whose switch alone would change the verdict. */
export function PivotList({ outcome }: { readonly outcome: Outcome }) {
  const { pivots } = outcome;
  if (pivots.length === 0) {
    return <p className="pivots">No single member can change this verdict alone.</p>;
  }
  return (
    <div className="pivots">
      <h3>
        <span aria-hidden="true">◆ </span>Pivotal members ({pivots.length}): one switch changes the verdict
      </h3>
      <ul>
        {groups(pivots).map((g) => (
          <li key={g.move}>
            <strong>{g.move}:</strong> {g.names.join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
