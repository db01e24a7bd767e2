import type { NiceComparison } from '../../core/teach/niceComparison';
import { claimsOf } from '../../core/rules/claims';
import type { Condition, Outcome, Verdict } from '../../core/rules/outcome';
import { conditionReading } from '../verdict/conditionReading';
import { callWord } from '../verdict/explain';
import { teachText } from '../../i18n/teach';
import type { Translator } from '../../i18n/translator';
import { useT } from '../i18n/useT';

/**
 * One condition under one rule, from the claims: the mark and standing of the verdict panel's
 * bar (✓ ◐ ✕ ≈), the declared figure and how far the undecided could take it.
 */
function figure(o: Outcome, id: Condition['id'], tr: Translator): string {
  const claims = claimsOf(o);
  const cc = claims.conditionCases.find((x) => x.id === id);
  if (!cc) return '—';
  const c = cc.worst;
  const r = conditionReading(cc, claims.undecided, tr);
  const shown = (n: number) => (c.id === 'population' ? tr.share(n, c.of) : tr.count(n));
  const upTo = r.upTo === null ? '' : ` ${tr.t('cond.upTo', { value: shown(r.upTo) })}`;
  const v =
    c.id === 'population'
      ? tr.t('teach.nice.figureShare', { share: `${shown(r.declared)}${upTo}`, required: tr.percentOf(c.required, c.of) })
      : tr.t('teach.nice.figure', { reached: `${shown(r.declared)}${upTo}`, of: tr.count(c.of), required: tr.count(c.required) });
  return `${r.mark} ${v}`;
}

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
            <th scope="col" />
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
            <td>{figure(d, 'members', tr)}</td>
            <td>{figure(n, 'members', tr)}</td>
          </tr>
          <tr>
            <th scope="row">{tr.t('cond.title.weights')}</th>
            <td>—</td>
            <td>{figure(n, 'weights', tr)}</td>
          </tr>
          <tr>
            <th scope="row">{tr.t('cond.title.population')}</th>
            <td>{figure(d, 'population', tr)}</td>
            <td>{figure(n, 'population', tr)}</td>
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
