import { resetStore, useStore } from '../../src/state/store';
import type { CountryCode } from '../../src/core/rules/countries';

const state = () => useStore.getState();
const code = (c: string) => c as CountryCode;

beforeEach(resetStore);

describe('scenario slice', () => {
  it('starts on the default dataset with every member undecided under QMV', () => {
    expect(state().scenario.datasetId).toBe('council-2025');
    expect(state().scenario.rule).toBe('qmv');
    expect(new Set(Object.values(state().scenario.positions))).toEqual(new Set(['undecided']));
  });

  it('sets one position without touching the others', () => {
    state().positionSet(code('DE'), 'no');
    expect(state().scenario.positions.DE).toBe('no');
    expect(state().scenario.positions.FR).toBe('undecided');
  });

  it('applies a participation preset: outsiders become absent, insiders keep their position', () => {
    state().allPositionsSet('yes');
    state().participationApplied('eppo');
    const p = state().scenario.positions;
    expect([p.DK, p.HU, p.IE]).toEqual(['absent', 'absent', 'absent']);
    expect(p.DE).toBe('yes');
    state().participationApplied('all');
    expect(state().scenario.positions.DK).toBe('undecided');
    expect(state().scenario.positions.DE).toBe('yes');
  });

  it('keeps positions of members present in both datasets when the dataset changes', () => {
    state().positionSet(code('DE'), 'no');
    state().datasetChosen('council-2016');
    expect(state().scenario.positions.DE).toBe('no');
    expect(state().scenario.positions.UK).toBe('undecided');
    state().datasetChosen('council-2020');
    expect('UK' in state().scenario.positions).toBe(false);
  });

  it('keeps the scenario and records the message when a link is broken', () => {
    state().positionSet(code('DE'), 'no');
    const before = state().scenario;
    state().linkOpened('v=1&d=council-2025&r=qmv&p=yy');
    expect(state().scenario).toBe(before);
    expect(state().linkError).toBe('This link cannot be opened: it has 2 positions for 27 members.');
  });
});
