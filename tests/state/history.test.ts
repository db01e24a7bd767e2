import { HISTORY_LIMIT, emptyHistory, recorded, redo, undo, type Screen } from '../../src/state/history';
import { startSession } from '../../src/state/session';
import { memoryStore } from '../../src/state/storage';
import { resetStore, useStore } from '../../src/state/store';
import { isoDay } from '../../src/core/data/period';
import { uniformScenario } from '../../src/core/scenario/scenario';
import type { CountryCode } from '../../src/core/rules/countries';

const state = () => useStore.getState();
const DE = 'DE' as CountryCode;
const FR = 'FR' as CountryCode;
const screen = (name: string): Screen => ({ scenario: { ...uniformScenario(), name }, openId: null, presetId: null });

beforeEach(resetStore);

describe('history', () => {
  it('keeps a step per change, coalesces typing in one field, and keeps at least 100 steps', () => {
    let h = emptyHistory();
    const a = screen('a');
    const ab = { ...a, scenario: { ...a.scenario, name: 'ab' } };
    const abc = { ...a, scenario: { ...a.scenario, name: 'abc' } };
    h = recorded(h, a, ab, 1000);
    h = recorded(h, ab, abc, 1500);
    expect(h.past).toEqual([a]); // one step for the word typed
    h = recorded(h, abc, { ...abc, scenario: { ...abc.scenario, name: 'abcd' } }, 3000);
    expect(h.past).toHaveLength(2); // a pause makes a new step
    for (let i = 0; i < 300; i++) h = recorded(h, screen(`x${i}`), screen(`y${i}`), 10_000 + i * 5000);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    expect(undo(emptyHistory(), a)).toBeNull();
    expect(redo(emptyHistory(), a)).toBeNull();
  });

  it('undoes and redoes every kind of change to the scenario, 150 steps deep', () => {
    const start = state().scenario;
    state().positionSet(DE, 'no');
    state().ruleChosen('unanimity');
    state().datasetChosen('council-2020');
    state().participationApplied('euro');
    state().allPositionsSet('yes');
    state().noteSet('Coreper');
    state().memberNoteSet(FR, 'scrutiny reservation');
    state().nameSet('Draft');
    for (let i = 0; i < 150; i++) state().positionSet(DE, i % 2 ? 'yes' : 'abstain');
    expect(state().history.past).toHaveLength(158);
    for (let i = 0; i < 158; i++) state().undone();
    expect(state().scenario).toBe(start);
    expect(state().history.future).toHaveLength(158);
    state().redone();
    expect(state().scenario.positions.DE).toBe('no');
    // A new change after undo drops the steps that could have been redone.
    state().positionSet(FR, 'no');
    expect(state().history.future).toHaveLength(0);
  });

  it('survives a reload of the tab, with which saved scenario the screen came from', async () => {
    vi.useFakeTimers();
    const session = memoryStore();
    let stop = startSession(session);
    state().scenarioSaved('Saved');
    state().positionSet(DE, 'no');
    state().positionSet(FR, 'no');
    vi.advanceTimersByTime(1000);
    stop();
    const { scenario, openId } = state();
    resetStore();
    useStore.setState({ scenario, origin: scenario }); // the address bar brings the scenario back
    stop = startSession(session);
    expect(state().openId).toBe(openId);
    expect(state().history.past).toHaveLength(3);
    state().undone();
    expect(state().scenario.positions.FR).not.toBe('no');
    expect(state().scenario.positions.DE).toBe('no');
    stop();
    vi.useRealTimers();
  });

  it('drops stored steps that no longer read, and reads nothing from a damaged session', () => {
    const session = memoryStore();
    // The stored screen is the new scenario on screen (dated today), so it is no step of its own.
    session.set('council-vote.session', `{"version":1,"screen":{"scenario":{"datasetId":"council-2025","rule":"qmv","positions":{},"date":"${isoDay(new Date())}"}},"history":{"past":[{"scenario":{"rule":"nope"}},{"scenario":{"datasetId":"council-2025","rule":"qmv","positions":{"DE":"no"}}}]}}`);
    const stop = startSession(session);
    expect(state().history.past.map((s) => s.scenario.positions.DE)).toEqual(['no']);
    stop();
    resetStore();
    session.set('council-vote.session', '{"version":1,"screen":');
    startSession(session)();
    expect(state().history.past).toEqual([]);
  });
});
