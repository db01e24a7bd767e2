import { useMemo } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { Electorate } from '../../core/rules/evaluate';
import type { AppError } from '../../core/result';
import type { Translator } from '../../i18n/translator';
import { participantsOf } from '../../core/analysis/undecidedPaths';
import type { Positions, Rule } from '../../core/rules/vote';
import { customRuleFromText, whatIfElectorate } from '../../core/analysis/whatIf';
import { useStore } from '../../state/store';
import { useVote } from './useVote';
import '../../i18n/analysis/register';

export interface AnalysisVote {
  readonly electorate: Electorate;
  /** The positions on screen; added candidates have none, so they are undecided. */
  readonly positions: Positions;
  readonly rule: Rule;
  readonly participating: readonly CountryCode[];
  /** A what-if is in force: candidates added, populations replaced or custom thresholds. */
  readonly edited: boolean;
  /** What the what-if changes, or null when there is none (see `whatIfSummary`). */
  readonly whatIf: WhatIfChanges | null;
}

export interface WhatIfChanges {
  readonly added: number;
  readonly edited: number;
  readonly custom: boolean;
}

export type AnalysisVoteResult = ({ readonly ok: true } & AnalysisVote) | { readonly ok: false; readonly error: AppError };

/**
 * "What-if: 2 candidates added, 1 population edited, custom thresholds" in the reader's language.
 * @example whatIfSummary({ added: 0, edited: 1, custom: false }, translator('en')) // "What-if: 1 population edited"
 */
export function whatIfSummary(w: WhatIfChanges, tr: Translator): string {
  const parts = [
    ...(w.added ? [tr.tp('analysis.whatIf.added', w.added)] : []),
    ...(w.edited ? [tr.tp('analysis.whatIf.edited', w.edited)] : []),
    ...(w.custom ? [tr.t('analysis.whatIf.custom')] : []),
  ];
  return tr.t('analysis.whatIf.summary', { parts: parts.join(', ') });
}

/**
 * The vote every analysis view computes: the scenario on screen with the what-if applied
 * (src/state/whatIfSlice.ts). Stable between renders while its inputs are unchanged; an
 * invalid what-if gives its error instead, and the views do not run.
 */
export function useAnalysisVote(): AnalysisVoteResult {
  const { dataset, positions, rule: screenRule } = useVote();
  const whatIf = useStore((s) => s.whatIf);
  return useMemo((): AnalysisVoteResult => {
    const electorate = whatIfElectorate(dataset, whatIf.added, whatIf.populations);
    if (!electorate.ok) return electorate;
    const custom = whatIf.ruleMode === 'custom' ? customRuleFromText(whatIf.thresholds) : null;
    if (custom && !custom.ok) return custom;
    const rule = custom ? custom.value : screenRule;
    const base = whatIfElectorate(dataset, whatIf.added, {});
    const byDataset = new Map(base.ok ? base.value.voters.map((v) => [v.code, v.population]) : []);
    const edited = Object.entries(whatIf.populations).filter(([code]) => electorate.value.voters.some((v) => v.code === code && v.population !== byDataset.get(v.code)));
    const changed = whatIf.added.length > 0 || edited.length > 0 || custom !== null;
    return {
      ok: true,
      electorate: electorate.value,
      positions,
      rule,
      participating: participantsOf(electorate.value, positions),
      edited: changed,
      whatIf: changed ? { added: whatIf.added.length, edited: edited.length, custom: custom !== null } : null,
    };
  }, [dataset, positions, screenRule, whatIf]);
}
