import type { HistoryEstimate } from '../../core/votes/historyProbability';

/** Probabilities of voting yes taken from the record, with the policy area they come from. */
export interface RecordHistory {
  /** The policy area chosen, or null for all areas. */
  readonly area: string | null;
  readonly estimates: Readonly<Record<string, HistoryEstimate>>;
}
