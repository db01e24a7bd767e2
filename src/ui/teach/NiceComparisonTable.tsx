import type { NiceComparison } from '../../core/teach/niceComparison';
import { claimsOf } from '../../core/rules/claims';
import type { Verdict } from '../../core/rules/outcome';
import { callWord } from '../verdict/explain';
import { niceFigure } from './niceFigure';
import { teachText } from '../../i18n/teach';
import { useT } from '../i18n/useT';
import '../../i18n/teaching/register';
import '../../i18n/later/register';

/** The same positions under the double majority (since 2014) and the Nice weighted votes (until 2014). */
export function NiceComparisonTable({ c }: { readonly c: NiceComparison }) {
  const tr = useT();
  const d = c.doubleMajority;
  const n = c.nice;
  const word = (v: Verdict) => tr.t(`teach.nice.verdict.${v}`);
  return (
    <>
      <table className="nice">
        <caption>{tr.t('teach.nice.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{tr.t('teach.nice.doubleMajority')}</th>
            <th scope="col">{tr.t('teach.nice.weighted')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{tr.t('verdict.heading')}</th>
            <td className={`nice__verdict nice__verdict--${d.verdict}`}>{callWord(claimsOf(d), tr)}</td>
            <td className={`nice__verdict nice__verdict--${n.verdict}`}>{callWord(claimsOf(n), tr)}</td>
          </tr>
          <tr>
            <th scope="row">{tr.t('cond.title.members')}</th>
            <td>{niceFigure(d, 'members', tr)}</td>
            <td>{niceFigure(n, 'members', tr)}</td>
          </tr>
          <tr>
            <th scope="row">{tr.t('cond.title.weights')}</th>
            <td>—</td>
            <td>{niceFigure(n, 'weights', tr)}</td>
          </tr>
          <tr>
            <th scope="row">{tr.t('cond.title.population')}</th>
            <td>{niceFigure(d, 'population', tr)}</td>
            <td>{niceFigure(n, 'population', tr)}</td>
          </tr>
        </tbody>
      </table>
      {d.undecided.length > 0 && <p className="hint">{tr.t('claims.nice.declared', { n: tr.count(d.undecided.length) })}</p>}
      <p>
        {c.sameVerdict ? tr.t('teach.nice.same') : tr.t('teach.nice.different', { nice: word(n.verdict), double: word(d.verdict) })}{' '}
        {tr.t('teach.nice.history')}
      </p>
      {c.scalingNote && <p className="hint">{teachText(c.scalingNote, tr)}</p>}
    </>
  );
}
