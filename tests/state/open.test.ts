import { modifiedFrom } from '../../src/state/open';
import { resetStore, useStore } from '../../src/state/store';
import { presetScenario, PRESETS } from '../../src/core/scenario/preset';
import type { CountryCode } from '../../src/core/rules/countries';

const state = () => useStore.getState();
const DE = 'DE' as CountryCode;
const preset = PRESETS[0]!;

beforeEach(resetStore);

describe('opening another scenario never drops an edit', () => {
  it('keeps unsaved changes to a saved scenario as its draft, and brings them back when it is opened again', () => {
    state().scenarioSaved('Coreper');
    const id = state().openId!;
    expect(modifiedFrom(state())).toBeNull();
    state().positionSet(DE, 'no');
    expect(modifiedFrom(state())?.id).toBe(id);
    state().presetOpened(presetScenario(preset), preset.id);
    expect(state().drafts[id]?.positions.DE).toBe('no');
    expect(state().library[0]!.scenario.positions.DE).toBe('undecided'); // the saved version is untouched
    state().savedOpened(id);
    expect(state().scenario.positions.DE).toBe('no');
    expect(state().editNotice).toEqual({ kind: 'draftRestored' });
    expect(modifiedFrom(state())?.id).toBe(id);
    expect(state().drafts).toEqual({});
    // Discarding is a choice, and Undo still brings the changes back.
    state().savedReverted();
    expect(state().scenario.positions.DE).toBe('undecided');
    state().undone();
    expect(state().scenario.positions.DE).toBe('no');
  });

  it('opening again the saved scenario on screen shows its saved version, and Undo brings the changes back', () => {
    state().scenarioSaved('Coreper');
    const id = state().openId!;
    state().positionSet(DE, 'no');
    state().savedOpened(id);
    expect(state().scenario.positions.DE).toBe('undecided');
    expect(modifiedFrom(state())).toBeNull();
    state().undone();
    expect(state().scenario.positions.DE).toBe('no');
  });

  it('saving the changes ends the modified state and leaves no draft', () => {
    state().scenarioSaved('Coreper');
    state().positionSet(DE, 'no');
    state().scenarioUpdated();
    expect(modifiedFrom(state())).toBeNull();
    state().presetOpened(presetScenario(preset), preset.id);
    expect(state().drafts).toEqual({});
  });

  it('says when an edited, never saved scenario was replaced, and Undo brings it back', () => {
    state().positionSet(DE, 'no');
    state().presetOpened(presetScenario(preset), preset.id);
    expect(state().editNotice).toEqual({ kind: 'replaced' });
    state().undone();
    expect(state().scenario.positions.DE).toBe('no');
    expect(state().presetId).toBeNull();
    // An untouched scenario is replaced without a word.
    resetStore();
    state().presetOpened(presetScenario(preset), preset.id);
    expect(state().editNotice).toBeNull();
  });

  it('deleting a saved scenario drops its draft with it', () => {
    state().scenarioSaved('a');
    const id = state().openId!;
    state().positionSet(DE, 'no');
    state().presetOpened(presetScenario(preset), preset.id);
    state().savedDeleted(id);
    expect(state().drafts).toEqual({});
  });
});
