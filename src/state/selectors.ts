/**
 * Derived results: computed from the stored inputs, never stored.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CountryCode } from '../core/rules/countries';
import { countryName } from '../core/rules/countries';
import { datasetsWith, findDataset } from '../core/data/datasets';
import { figuresStatus, type FiguresStatus } from '../core/scenario/voteDate';
import type { Dataset } from '../core/data/dataset';
import { outcomeOf, type Scenario } from '../core/scenario/scenario';
import { useStore } from './store';
import type { MemberOrder } from './types';

export function useDataset(): Dataset {
  const id = useStore((s) => s.scenario.datasetId);
  const ds = findDataset(id);
  if (!ds.ok) throw new Error(ds.error.message);
  return ds.value;
}

// Several components read the outcome of the same scenario: compute it once per scenario object.
const outcomes = new WeakMap<Scenario, ReturnType<typeof outcomeOf>>();

export function outcomeFor(scenario: Scenario): ReturnType<typeof outcomeOf> {
  let o = outcomes.get(scenario);
  if (!o) {
    o = outcomeOf(scenario);
    outcomes.set(scenario, o);
  }
  return o;
}

export function useOutcome() {
  return outcomeFor(useStore((s) => s.scenario));
}

export function usePivotalCodes(): ReadonlySet<CountryCode> {
  const outcome = useOutcome();
  return useMemo(() => new Set(outcome.ok ? outcome.value.pivots.map((p) => p.code) : []), [outcome]);
}

/** The members in the chosen order; by name in the given names and alphabet (English by default). */
export function orderedCodes(
  dataset: Dataset,
  order: MemberOrder,
  protocolIndex: (c: CountryCode) => number,
  nameOf: (c: CountryCode) => string = countryName,
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'en'),
): CountryCode[] {
  const members = [...dataset.members];
  switch (order) {
    case 'population':
      members.sort((a, b) => b.population - a.population);
      break;
    case 'name':
      members.sort((a, b) => compare(nameOf(a.code), nameOf(b.code)));
      break;
    case 'protocol':
      members.sort((a, b) => protocolIndex(a.code) - protocolIndex(b.code));
      break;
  }
  return members.map((m) => m.code);
}

export function useScenarioInputs() {
  return useStore(useShallow((s) => ({ rule: s.scenario.rule, datasetId: s.scenario.datasetId })));
}

/** The figures of the scenario on screen against its date of the vote (see figuresStatus). */
export function useFiguresStatus(): FiguresStatus | undefined {
  const scenario = useStore((s) => s.scenario);
  const added = useStore((s) => s.addedDatasets);
  return useMemo(() => figuresStatus(scenario, datasetsWith(added)), [scenario, added]);
}
