import { useMemo } from 'react';
import type { CountryCode } from '../../core/countries';
import type { Electorate } from '../../core/evaluate';
import type { AppError } from '../../core/result';
import { participantsOf } from '../../core/undecidedPaths';
import type { Positions, Rule } from '../../core/vote';
import { customRuleFromText, whatIfElectorate } from '../../core/whatIf';
import { useStore } from '../../state/store';
import { useVote } from './useVote';

export interface AnalysisVote {
  readonly electorate: Electorate;
  /** The positions on screen; added candidates have none, so they are undecided. */
  readonly positions: Positions;
  readonly rule: Rule;
  readonly participating: readonly CountryCode[];
  /** A what-if is in force: candidates added, populations replaced or custom thresholds. */
  readonly edited: boolean;
  /** "What-if: 2 candidates added, 1 population edited, custom thresholds", or null. */
  readonly summary: string | null;
}

export type AnalysisVoteResult = ({ readonly ok: true } & AnalysisVote) | { readonly ok: false; readonly error: AppError };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
    const parts = [
      ...(whatIf.added.length ? [`${plural(whatIf.added.length, 'candidate', 'candidates')} added`] : []),
      ...(edited.length ? [`${plural(edited.length, 'population', 'populations')} edited`] : []),
      ...(custom ? ['custom thresholds'] : []),
    ];
    return {
      ok: true,
      electorate: electorate.value,
      positions,
      rule,
      participating: participantsOf(electorate.value, positions),
      edited: parts.length > 0,
      summary: parts.length ? `What-if: ${parts.join(', ')}` : null,
    };
  }, [dataset, positions, screenRule, whatIf]);
}
