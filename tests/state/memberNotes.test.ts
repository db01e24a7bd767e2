import { resetStore, useStore } from '../../src/state/store';
import type { CountryCode } from '../../src/core/rules/countries';
import { decodeLink, encodeLink } from '../../src/core/scenario/link';
import { findPreset, presetScenario } from '../../src/core/scenario/preset';
import { noteWrittenFor } from '../../src/core/scenario/scenario';
import { linkOpened } from '../../src/state/receiving';

const state = () => useStore.getState();
const DE = 'DE' as CountryCode;

beforeEach(resetStore);

describe('member notes and the position they were written for', () => {
  it('records the position on screen when a note is written', () => {
    state().positionSet(DE, 'no');
    state().memberNoteSet(DE, 'Against. Confidence: fairly low.');
    expect(state().scenario.memberNotes?.DE).toEqual({ text: 'Against. Confidence: fairly low.', position: 'no' });
    expect(noteWrittenFor(state().scenario, DE)).toBeUndefined();
  });

  it('keeps the note when the position changes, marked as written for the old one, until it is edited', () => {
    state().positionSet(DE, 'no');
    state().memberNoteSet(DE, 'Against.');
    state().positionSet(DE, 'yes');
    expect(state().scenario.memberNotes?.DE).toEqual({ text: 'Against.', position: 'no' });
    expect(noteWrittenFor(state().scenario, DE)).toBe('no');
    // Back to the note's own position: it fits again; nothing was stored about the mark.
    state().positionSet(DE, 'no');
    expect(noteWrittenFor(state().scenario, DE)).toBeUndefined();
    state().positionSet(DE, 'yes');
    state().memberNoteSet(DE, 'In favour after all.');
    expect(state().scenario.memberNotes?.DE).toEqual({ text: 'In favour after all.', position: 'yes' });
    expect(noteWrittenFor(state().scenario, DE)).toBeUndefined();
  });

  it('drops a cleared note, and with it the mark', () => {
    state().memberNoteSet(DE, 'x');
    state().positionSet(DE, 'yes');
    state().memberNoteSet(DE, '');
    expect(state().scenario.memberNotes?.DE).toBeUndefined();
    expect(noteWrittenFor(state().scenario, DE)).toBeUndefined();
  });

  it('marks a preset note after the member is switched, and keeps the mark through a link and the library', async () => {
    const p = findPreset('csa-2025-10-08')!;
    state().presetOpened(presetScenario(p), p.id);
    state().positionSet(DE, 'yes');
    expect(noteWrittenFor(state().scenario, DE)).toBe('no');
    const link = await encodeLink(state().scenario);
    resetStore();
    linkOpened(await decodeLink(link));
    expect(state().linkError).toBeNull();
    expect(state().scenario.positions.DE).toBe('yes');
    expect(noteWrittenFor(state().scenario, DE)).toBe('no');
    state().scenarioSaved('Chat control, Germany switched');
    state().positionSet(DE, 'abstain');
    state().savedOpened(state().library[0]!.id);
    expect(noteWrittenFor(state().scenario, DE)).toBe('no');
  });
});
