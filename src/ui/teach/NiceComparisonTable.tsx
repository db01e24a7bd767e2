import type { NiceComparison } from '../../core/teach/niceComparison';
import type { Condition, Outcome, Verdict } from '../../core/rules/outcome';
import { teachText } from '../../i18n/teach';
import type { Translator } from '../../i18n/translator';
import { useT } from '../i18n/useT';

const VERDICT = { adopted: 'verdict.adopted', not_adopted: 'verdict.notAdopted', undetermined: 'verdict.depends' } as const;

function figure(c: Condition | undefined, tr: Translator): string {
  if (!c) return '—';
  const mark = c.status === 'uncertain' ? '≈' : c.margin >= 0 ? '✓' : '✕';
  const v =
    c.id === 'population'
      ? tr.t('teach.nice.figureShare', { share: tr.percentOf(c.reached, c.of), required: tr.percentOf(c.required, c.of) })
      : tr.t('teach.nice.figure', { reached: tr.count(c.reached), of: tr.count(c.of), required: tr.count(c.required) });
  return `${mark} ${v}`;
}

const cond = (o: Outcome, id: Condition['id']) => o.worst.conditions.find((c) => c.id === id);

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
            <td className={`nice__verdict nice__verdict--${d.verdict}`}>{tr.t(VERDICT[d.verdict])}</td>
            <td className={`nice__verdict nice__verdict--${n.verdict}`}>{tr.t(VERDICT[n.verdict])}</td>
          </tr>
          <tr>
            <th scope="row">{tr.t('cond.title.members')}</th>
            <td>{figure(cond(d, 'members'), tr)}</td>
            <td>{figure(cond(n, 'members'), tr)}</td>
          </tr>
          <tr>
            <th scope="row">{tr.t('cond.title.weights')}</th>
            <td>—</td>
            <td>{figure(cond(n, 'weights'), tr)}</td>
          </tr>
          <tr>
            <th scope="row">{tr.t('cond.title.population')}</th>
            <td>{figure(cond(d, 'population'), tr)}</td>
            <td>{figure(cond(n, 'population'), tr)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        {c.sameVerdict ? tr.t('teach.nice.same') : tr.t('teach.nice.different', { nice: word(n.verdict), double: word(d.verdict) })}{' '}
        {tr.t('teach.nice.history')}
      </p>
      {c.scalingNote && <p className="hint">{teachText(c.scalingNote, tr)}</p>}
    </>
  );
}
