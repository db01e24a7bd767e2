/**
 * What a condition bar says, from the claims alone: the declared figure, how far the undecided
 * could take it, and a status that names the case it rests on. Shared by the verdict panel, the
 * print sheet and the presentation, and checked by tests/i18n/surfaces.property.test.ts.
 */
import { STANDING_TONE, type ConditionCaseClaim, type StandingTone } from '../../core/rules/claims';
import type { Condition } from '../../core/rules/outcome';
import type { Translator } from '../../i18n/translator';
import { conditionCaseWord } from './explain';

/** met: met whatever the undecided do; open: met only if they vote yes; not_met: not met whatever they do. */
export type ConditionTone = StandingTone;

export interface ConditionReading {
  readonly tone: ConditionTone;
  /** A symbol beside the title, so that colour is never the only signal. */
  readonly mark: '✓' | '✕' | '≈' | '◐';
  /** The figure as declared: yes votes (members against, for unanimity), undecided counted neither way. */
  readonly declared: number;
  /** Where the undecided could take it (null when nobody is undecided or they cannot change it). */
  readonly upTo: number | null;
  /** "Met only if the undecided vote yes", … */
  readonly word: string;
  /** What the condition needs: "needs 15", "needs 65.0 % (293.2 million people)", "none against". */
  readonly required: string;
}

const MARK = { met: '✓', not_met: '✕', open: '◐', uncertain: '≈' } as const satisfies Record<ConditionTone, ConditionReading['mark']>;

export function conditionReading(cc: ConditionCaseClaim, undecided: number, tr: Translator): ConditionReading {
  // The undecided count against in the worst case: for unanimity that adds members against.
  const [declared, other] = cc.id === 'no_objection' ? [cc.best.reached, cc.worst.reached] : [cc.worst.reached, cc.best.reached];
  const tone = STANDING_TONE[cc.standing];
  const c = cc.worst;
  const required =
    c.id === 'no_objection'
      ? tr.t('cond.noneAgainst')
      : c.id === 'population'
        ? tr.t('cond.needsPopulation', { share: tr.percentOf(c.required, c.of), people: tr.people(c.required) })
        : tr.t('cond.needs', { n: tr.count(c.required) });
  return { tone, mark: MARK[tone], declared, upTo: other === declared ? null : other, word: conditionCaseWord(cc, undecided, tr), required };
}

/** "66.1 %" for the population, "20 of 27" otherwise. */
export function conditionValue(c: Condition, n: number, tr: Translator): string {
  return c.id === 'population' ? tr.share(n, c.of) : tr.t('cond.of', { n: tr.count(n), of: tr.count(c.of) });
}
