import type { ConditionCaseClaim } from '../../core/rules/claims';
import { conditionReading, conditionValue } from '../verdict/conditionReading';
import { useT } from '../i18n/useT';

const width = (n: number, of: number) => `${of === 0 ? 0 : Math.min(100, (n / of) * 100)}%`;

/**
 * One condition, legible from the back of a room: the declared figure, how far the undecided could
 * take it, what it needs, and a status that names the case ("Met only if the undecided vote yes").
 */
export function BigCondition({ cc, undecided }: { readonly cc: ConditionCaseClaim; readonly undecided: number }) {
  const tr = useT();
  const { t } = tr;
  const c = cc.worst;
  const r = conditionReading(cc, undecided, tr);
  const value = (n: number) => (c.id === 'no_objection' ? tr.count(n) : conditionValue(c, n, tr));
  const need =
    c.id === 'no_objection'
      ? t('cond.noneAgainst')
      : t('cond.needs', { n: c.id === 'population' ? tr.percentOf(c.required, c.of) : tr.count(c.required) });
  return (
    <div className={`bigcond bigcond--${r.tone}`} data-standing={cc.standing}>
      <p className="bigcond__title">
        <span aria-hidden="true" className="bigcond__mark">
          {r.mark}
        </span>{' '}
        {t(`cond.title.${c.id}`)}
      </p>
      <p className="bigcond__value">
        {value(r.declared)}
        {r.upTo !== null && <span className="bigcond__best"> {t('cond.upTo', { value: value(r.upTo) })}</span>}
      </p>
      <p className="bigcond__need">
        {need} · <strong>{r.word}</strong>
      </p>
      {c.id !== 'no_objection' && (
        <div className="bigcond__bar" aria-hidden="true">
          <div className="bigcond__possible" style={{ width: width(cc.best.reached, c.of) }} />
          <div className="bigcond__secured" style={{ width: width(c.reached, c.of) }} />
          <div className="bigcond__threshold" style={{ left: width(c.required, c.of) }} />
        </div>
      )}
    </div>
  );
}
