import { claimsOf } from '../../core/rules/claims';
import type { Condition, Outcome } from '../../core/rules/outcome';
import type { Translator } from '../../i18n/translator';
import { conditionReading } from '../verdict/conditionReading';
import '../../i18n/teaching/register';

/**
 * One condition under one rule, from the claims: the mark and standing of the verdict panel's
 * bar (✓ ◐ ✕ ≈), the declared figure and how far the undecided could take it.
 */
export function niceFigure(o: Outcome, id: Condition['id'], tr: Translator): string {
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

