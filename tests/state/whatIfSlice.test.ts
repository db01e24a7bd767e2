import type { CountryCode } from '../../src/core/rules/countries';
import { QMV_THRESHOLDS } from '../../src/core/analysis/whatIf';
import { resetStore, useStore } from '../../src/state/store';

const state = () => useStore.getState();
const code = (c: string) => c as CountryCode;

beforeEach(resetStore);

describe('what-if slice', () => {
  it('starts with no what-if: no candidates, no edits, the rule on screen, QMV thresholds ready', () => {
    expect(state().whatIf).toEqual({ added: [], populations: {}, ruleMode: 'screen', thresholds: QMV_THRESHOLDS });
  });

  it('adds and removes candidates; a removed candidate loses its typed population', () => {
    state().candidateToggled(code('UA'), true);
    state().candidateToggled(code('UA'), true);
    state().candidateToggled(code('MD'), true);
    state().populationTyped(code('UA'), '33000000');
    state().populationTyped(code('DE'), '84000000');
    expect(state().whatIf.added).toEqual(['UA', 'MD']);
    state().candidateToggled(code('UA'), false);
    expect(state().whatIf).toMatchObject({ added: ['MD'], populations: { DE: '84000000' } });
    state().populationsReset();
    expect(state().whatIf.populations).toEqual({});
  });

  it('keeps thresholds as typed and the scenario untouched; clearing restores the start', () => {
    const before = state().scenario;
    state().whatIfRuleChosen('custom');
    state().thresholdTyped('blockingMembers', '');
    expect(state().whatIf).toMatchObject({ ruleMode: 'custom', thresholds: { ...QMV_THRESHOLDS, blockingMembers: '' } });
    expect(state().scenario).toBe(before);
    state().whatIfCleared();
    expect(state().whatIf.ruleMode).toBe('screen');
  });
});
