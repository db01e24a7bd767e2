import type { CustomRuleInput } from '../rules/customRule';

/** The four threshold fields as typed (number inputs give '' when empty or not a number). */
export type ThresholdTexts = Readonly<Record<keyof CustomRuleInput, string>>;

/** Art. 16(4) TEU as the starting point for custom thresholds. */
export const QMV_THRESHOLDS: ThresholdTexts = { memberPct: '55', populationPct: '65', minMembers: '15', blockingMembers: '4' };
