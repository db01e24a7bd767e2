import { count, percentOf } from '../../core/format';
import type { NiceComparison } from '../../core/niceComparison';
import type { Condition, Outcome } from '../../core/outcome';

const VERDICT = { adopted: 'Adopted', not_adopted: 'Not adopted', undetermined: 'Depends' } as const;

function figure(c: Condition | undefined): string {
  if (!c) return '—';
  const mark = c.status === 'uncertain' ? '≈' : c.margin >= 0 ? '✓' : '✕';
  const v = c.id === 'population' ? `${percentOf(c.reached, c.of)} (needs ${percentOf(c.required, c.of)})` : `${count(c.reached)} of ${count(c.of)} (needs ${count(c.required)})`;
  return `${mark} ${v}`;
}

const cond = (o: Outcome, id: Condition['id']) => o.worst.conditions.find((c) => c.id === id);

/** The same positions under the double majority (since 2014) and the Nice weighted votes (until 2014). */
export function NiceComparisonTable({ c }: { readonly c: NiceComparison }) {
  const d = c.doubleMajority;
  const n = c.nice;
  return (
    <>
      <table className="nice">
        <caption>Same positions, two rules</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Double majority (since 1 November 2014)</th>
            <th scope="col">Nice weighted votes (until 31 October 2014)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Verdict</th>
            <td className={`nice__verdict nice__verdict--${d.verdict}`}>{VERDICT[d.verdict]}</td>
            <td className={`nice__verdict nice__verdict--${n.verdict}`}>{VERDICT[n.verdict]}</td>
          </tr>
          <tr>
            <th scope="row">Members in favour</th>
            <td>{figure(cond(d, 'members'))}</td>
            <td>{figure(cond(n, 'members'))}</td>
          </tr>
          <tr>
            <th scope="row">Weighted votes in favour</th>
            <td>—</td>
            <td>{figure(cond(n, 'weights'))}</td>
          </tr>
          <tr>
            <th scope="row">Population in favour</th>
            <td>{figure(cond(d, 'population'))}</td>
            <td>{figure(cond(n, 'population'))}</td>
          </tr>
        </tbody>
      </table>
      <p>
        {c.sameVerdict
          ? 'Same verdict under both rules.'
          : `A different verdict: ${VERDICT[n.verdict].toLowerCase()} under Nice, ${VERDICT[d.verdict].toLowerCase()} under the double majority.`}{' '}
        Until 2014 each member had a fixed number of votes (Germany, France, Italy and the United Kingdom 29, Malta 3); since 2014 the
        population counts directly, and the 62 % population check, once only on request, became a 65 % condition.
      </p>
      {c.scalingNote && <p className="hint">{c.scalingNote}</p>}
    </>
  );
}
