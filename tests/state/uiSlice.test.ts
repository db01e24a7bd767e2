import { resetStore, useStore } from '../../src/state/store';
import { exerciseScenario } from '../../src/ui/teach/exerciseScenario';
import { translator } from '../../src/i18n/translator';

const state = () => useStore.getState();

beforeEach(resetStore);

describe('UI slice', () => {
  it('starts on the list, not presenting, nothing explained, no exercise, printing the scenario on screen', () => {
    expect([state().view, state().presenting, state().explaining, state().exercise, state().printScope]).toEqual(['list', false, false, null, 'current']);
  });

  it('switches view and enters and leaves the presentation without touching the scenario', () => {
    const before = state().scenario;
    state().viewChosen('map');
    state().presentationEntered();
    expect([state().view, state().presenting]).toEqual(['map', true]);
    state().presentationLeft();
    expect(state().presenting).toBe(false);
    expect(state().scenario).toBe(before);
  });

  it('starting an exercise opens the explanation and puts its scenario on screen, as a preset would', () => {
    state().scenarioSaved('mine');
    expect(state().openId).not.toBeNull();
    state().exerciseStarted('three_large', exerciseScenario('three_large', translator('en')));
    expect(state().exercise).toBe('three_large');
    expect(state().explaining).toBe(true);
    expect(state().openId).toBeNull();
    expect(state().scenario.name).toBe('Exercise: Three large members against');
    expect([state().scenario.positions.DE, state().scenario.positions.FR, state().scenario.positions.IT, state().scenario.positions.MT]).toEqual(['no', 'no', 'no', 'undecided']);
    expect(state().library).toHaveLength(1); // the saved scenario is kept
    state().exerciseLeft();
    expect(state().exercise).toBeNull();
  });
});
