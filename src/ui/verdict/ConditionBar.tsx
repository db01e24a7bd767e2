import type { ConditionCaseClaim } from '../../core/rules/claims';
import { conditionLabel } from '../../i18n/conditions';
import { conditionReading, conditionValue } from './conditionReading';
import { useT } from '../i18n/useT';

const pct = (n: number, of: number): string => `${of === 0 ? 0 : Math.min(100, (n / of) * 100)}%`;

/**
 * One condition drawn against its threshold: the declared yes votes solid, the undecided as a
 * hatched extension up to the best case, the threshold as a line, and a status that says which
 * case it rests on ("Met only if the undecided vote yes").
 */
export function ConditionBar({ cc, undecided }: { readonly cc: ConditionCaseClaim; readonly undecided: number }) {
  const tr = useT();
  const { t } = tr;
  const c = cc.worst;
  const r = conditionReading(cc, undecided, tr);
  const { required } = r;
  return (
    <div className={`cond cond--${r.tone}`} data-standing={cc.standing}>
      <div className="cond__head">
        <span className="cond__title">
          <span aria-hidden="true" className="cond__mark">{r.mark} </span>
          {t(`cond.title.${c.id}`)}
        </span>
        <span className="cond__value">
          {conditionValue(c, r.declared, tr)}
          {r.upTo !== null && <span className="cond__best"> {t('cond.upTo', { value: conditionValue(c, r.upTo, tr) })}</span>}
        </span>
      </div>
      {c.id !== 'no_objection' && (
        <div className="bar" aria-hidden="true">
          <div className="bar__possible" style={{ width: pct(cc.best.reached, c.of) }} />
          <div className="bar__secured" style={{ width: pct(c.reached, c.of) }} />
          <div className="bar__threshold" style={{ left: pct(c.required, c.of) }} />
        </div>
      )}
      <p className="cond__rule">
        {conditionLabel(c, tr)}
        {t('punct.colon')}
        {required}. <strong className="cond__status">{r.word}.</strong>
      </p>
    </div>
  );
}
