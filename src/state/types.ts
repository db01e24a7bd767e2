import type { CountryCode } from '../core/countries';
import type { ParticipationPreset } from '../core/participation';
import type { Scenario } from '../core/scenario';
import type { Position, RuleId } from '../core/vote';

export type MemberOrder = 'protocol' | 'population' | 'name';

export interface ScenarioState {
  readonly scenario: Scenario;
  /** Why the last link could not be opened; the scenario on screen was kept. */
  readonly linkError: string | null;
}

export interface ScenarioActions {
  positionSet(code: CountryCode, position: Position): void;
  allPositionsSet(position: Position): void;
  ruleChosen(rule: RuleId): void;
  datasetChosen(datasetId: string): void;
  participationApplied(preset: ParticipationPreset): void;
  linkOpened(fragment: string): void;
  linkErrorDismissed(): void;
}

export interface UiState {
  readonly order: MemberOrder;
}

export interface UiActions {
  orderChosen(order: MemberOrder): void;
}

export type StoreState = ScenarioState & UiState;
export type Store = StoreState & ScenarioActions & UiActions;
