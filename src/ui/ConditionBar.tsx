import type { ConditionClaim } from '../core/rules/claims';
import type { Condition } from '../core/rules/outcome';
import { conditionStatusWord } from './explain';
import { conditionLabel } from '../i18n/conditions';
import type { Translator } from '../i18n/translator';
import { useT } from './i18n/useT';

/** "66.1 %" for the population, "20 of 27" otherwise. */
export function conditionValue(c: Condition, n: number, tr: Translator): string {
  return c.id === 'population' ? tr.percentOf(n, c.of) : tr.t('cond.of', { n: tr.count(n), of: tr.count(c.of) });
}

/** Met, not met, too close to call — or deemed met by the blocking-minority clause. */
export const statusWord = (c: ConditionClaim, tr: Translator): string => conditionStatusWord(c, tr);

/**
 * One condition drawn against its threshold. With undecided members, `best` shows how far the
 * bar could reach if they all voted yes.
 */
export function ConditionBar({ worst, best }: { readonly worst: ConditionClaim; readonly best: Condition }) {
  const tr = useT();
  const { t } = tr;
  const w = (n: number) => `${Math.min(100, c0(n, worst.of))}%`;
  const mark = worst.status === 'uncertain' ? '≈' : worst.status === 'met' ? '✓' : '✕';
  const required =
    worst.id === 'no_objection'
      ? t('cond.noneAgainst')
      : worst.id === 'population'
        ? t('cond.needsPopulation', { share: tr.percentOf(worst.required, worst.of), people: tr.people(worst.required) })
        : t('cond.needs', { n: tr.count(worst.required) });
  return (
    <div className={`cond cond--${worst.status}`}>
      <div className="cond__head">
        <span className="cond__title">
          <span aria-hidden="true" className="cond__mark">{mark} </span>
          {t(`cond.title.${worst.id}`)}
        </span>
        <span className="cond__value">
          {conditionValue(worst, worst.reached, tr)}
          {best.reached !== worst.reached && <span className="cond__best"> {t('cond.upTo', { value: conditionValue(best, best.reached, tr) })}</span>}
        </span>
      </div>
      {worst.id !== 'no_objection' && (
        <div className="bar" aria-hidden="true">
          <div className="bar__possible" style={{ width: w(best.reached) }} />
          <div className="bar__secured" style={{ width: w(worst.reached) }} />
          <div className="bar__threshold" style={{ left: w(worst.required) }} />
        </div>
      )}
      <p className="cond__rule">
        {t('cond.rule', { label: conditionLabel(worst, tr), required, status: statusWord(worst, tr) })}
      </p>
    </div>
  );
}

function c0(n: number, of: number): number {
  return of === 0 ? 0 : (n / of) * 100;
}
