import type { ConditionClaim } from '../../core/rules/claims';
import type { Condition } from '../../core/rules/outcome';
import { conditionValue, statusWord } from '../ConditionBar';
import { useT } from '../i18n/useT';

const width = (n: number, of: number) => `${of === 0 ? 0 : Math.min(100, (n / of) * 100)}%`;

/** One condition, legible from the back of a room: the figure, what it needs, met or not. */
export function BigCondition({ worst, best }: { readonly worst: ConditionClaim; readonly best: Condition }) {
  const tr = useT();
  const { t } = tr;
  const status = worst.status;
  const mark = status === 'uncertain' ? '≈' : status === 'met' ? '✓' : '✕';
  const value = (c: Condition, n: number) => (c.id === 'no_objection' ? tr.count(n) : conditionValue(c, n, tr));
  const need =
    worst.id === 'no_objection'
      ? t('cond.noneAgainst')
      : t('cond.needs', { n: worst.id === 'population' ? tr.percentOf(worst.required, worst.of) : tr.count(worst.required) });
  return (
    <div className={`bigcond bigcond--${status}`}>
      <p className="bigcond__title">
        <span aria-hidden="true" className="bigcond__mark">
          {mark}
        </span>{' '}
        {t(`cond.title.${worst.id}`)}
      </p>
      <p className="bigcond__value">
        {value(worst, worst.reached)}
        {best.reached !== worst.reached && <span className="bigcond__best"> {t('cond.upTo', { value: value(best, best.reached) })}</span>}
      </p>
      <p className="bigcond__need">
        {need} · <strong>{statusWord(worst, tr)}</strong>
      </p>
      {worst.id !== 'no_objection' && (
        <div className="bigcond__bar" aria-hidden="true">
          <div className="bigcond__possible" style={{ width: width(best.reached, best.of) }} />
          <div className="bigcond__secured" style={{ width: width(worst.reached, worst.of) }} />
          <div className="bigcond__threshold" style={{ left: width(worst.required, worst.of) }} />
        </div>
      )}
    </div>
  );
}
