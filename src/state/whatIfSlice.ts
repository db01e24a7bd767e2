/**
 * The analysis what-if: candidate countries added, populations replaced, and the rule (the one on
 * screen, or custom thresholds). Inputs as typed, never persisted, never in links; the analysis
 * derives its electorate and rule from them (src/core/analysis/whatIf.ts).
 */
import type { StateCreator } from 'zustand';
import { QMV_THRESHOLDS } from '../core/analysis/thresholds';
import type { Store, WhatIf, WhatIfActions, WhatIfState } from './types';

export const initialWhatIf = (): WhatIfState => ({
  whatIf: { added: [], populations: {}, ruleMode: 'screen', thresholds: QMV_THRESHOLDS },
});

const withoutKey = (record: Readonly<Record<string, string>>, key: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

export const createWhatIfSlice: StateCreator<Store, [], [], WhatIfState & WhatIfActions> = (set) => {
  const update = (f: (w: WhatIf) => Partial<WhatIf>) => set((s) => ({ whatIf: { ...s.whatIf, ...f(s.whatIf) } }));
  return {
    ...initialWhatIf(),
    // A candidate taken out again loses its typed population.
    candidateToggled: (code, added) =>
      update((w) =>
        added
          ? { added: w.added.includes(code) ? w.added : [...w.added, code] }
          : { added: w.added.filter((c) => c !== code), populations: withoutKey(w.populations, code) },
      ),
    populationTyped: (code, text) => update((w) => ({ populations: { ...w.populations, [code]: text } })),
    populationsReset: () => update(() => ({ populations: {} })),
    whatIfRuleChosen: (ruleMode) => update(() => ({ ruleMode })),
    thresholdTyped: (field, text) => update((w) => ({ thresholds: { ...w.thresholds, [field]: text } })),
    whatIfCleared: () => set(initialWhatIf()),
  };
};
