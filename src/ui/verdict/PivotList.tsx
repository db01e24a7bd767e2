import type { Outcome, Pivot } from '../../core/rules/outcome';
import type { Translator } from '../../i18n/translator';
import { useT } from '../i18n/useT';
import { positionLabel } from '../members/positionOptions';

/** Pivots grouped by the move that changes the verdict: "Yes → No makes it not adopted: Germany, France". */
function groups(pivots: readonly Pivot[], tr: Translator): Array<{ move: string; names: string[] }> {
  const byMove = new Map<string, string[]>();
  for (const p of pivots) {
    const move = tr.t('pivot.move', { from: positionLabel(p.from, tr), to: positionLabel(p.to, tr), verdict: tr.t(`pivot.verdict.${p.verdict}`) });
    byMove.set(move, [...(byMove.get(move) ?? []), tr.country(p.code)]);
  }
  return [...byMove].map(([move, names]) => ({ move, names }));
}

/** The members whose switch alone would change the verdict. */
export function PivotList({ outcome }: { readonly outcome: Outcome }) {
  const tr = useT();
  const { pivots } = outcome;
  if (pivots.length === 0) {
    return <p className="pivots">{tr.t('pivot.none')}</p>;
  }
  return (
    <div className="pivots">
      <h3>
        <span aria-hidden="true">◆ </span>
        {tr.t('pivot.heading', { n: tr.count(pivots.length) })}
      </h3>
      <ul>
        {groups(pivots, tr).map((g) => (
          <li key={g.move}>
            <strong>
              {g.move}
              {tr.t('punct.colon').trimEnd()}
            </strong>{' '}
            {g.names.join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
