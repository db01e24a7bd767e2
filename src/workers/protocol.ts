/**
 * The messages between the page and the analysis worker: a closed union, one id per request so
 * a stale answer can be recognised and dropped.
 */
import type { CountryCode } from '../core/rules/countries';
import type { Electorate } from '../core/rules/evaluate';
import type { AdoptionProbability, CoalitionFilter, PowerReport } from '../core/analysis/power';
import type { AppError } from '../core/result';
import type { Positions, Rule } from '../core/rules/vote';
import type { UndecidedPaths } from '../core/analysis/undecidedPaths';
import type { BlockingCoalitions, WhatItTakes } from '../core/analysis/whatItTakes';

export type AnalysisJob =
  | {
      readonly kind: 'power';
      readonly electorate: Electorate;
      readonly participating: readonly CountryCode[];
      readonly rule: Rule;
      readonly filter?: CoalitionFilter;
    }
  | {
      readonly kind: 'probability';
      readonly electorate: Electorate;
      readonly participating: readonly CountryCode[];
      readonly rule: Rule;
      readonly probabilities: Readonly<Record<string, number>>;
    }
  | { readonly kind: 'undecided'; readonly electorate: Electorate; readonly positions: Positions; readonly rule: Rule }
  | { readonly kind: 'takes'; readonly electorate: Electorate; readonly positions: Positions; readonly rule: Rule }
  | {
      readonly kind: 'blocking';
      readonly electorate: Electorate;
      readonly participating: readonly CountryCode[];
      readonly rule: Rule;
      readonly with: readonly CountryCode[];
      readonly without: readonly CountryCode[];
    };

export type AnalysisResult =
  | { readonly kind: 'power'; readonly value: PowerReport }
  | { readonly kind: 'probability'; readonly value: AdoptionProbability }
  | { readonly kind: 'undecided'; readonly value: UndecidedPaths }
  | { readonly kind: 'takes'; readonly value: WhatItTakes }
  | { readonly kind: 'blocking'; readonly value: BlockingCoalitions };

export type ToWorker = { readonly id: number; readonly job: AnalysisJob };
export type FromWorker =
  | { readonly id: number; readonly progress: number }
  | { readonly id: number; readonly ok: true; readonly result: AnalysisResult }
  | { readonly id: number; readonly ok: false; readonly error: AppError };
