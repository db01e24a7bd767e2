import { resetStore, useStore } from '../../src/state/store';
import type { CountryCode } from '../../src/core/rules/countries';
import { decodeLink, encodeLink } from '../../src/core/scenario/link';
import { uniformScenario } from '../../src/core/scenario/scenario';
import { linkOpened, linkOfferTaken } from '../../src/state/receiving';

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

  it('keeps the scenario and records the message when a link is broken', async () => {
    state().positionSet(code('DE'), 'no');
    const before = state().scenario;
    linkOpened(await decodeLink('v=1&d=council-2025&r=qmv&p=yy'));
    expect(state().scenario).toBe(before);
    expect(state().linkError).toEqual({ kind: 'refused', message: 'This link cannot be opened: it has 2 positions for 27 members.' });
  });

  it('opens the rest of a link that lost a text, and says so', async () => {
    linkOpened(await decodeLink(`v=2&d=council-2020&r=qmv&p=${'y'.repeat(27)}&t=Caf%C3`));
    expect(state().scenario.datasetId).toBe('council-2020');
    expect(state().scenario.note).toBeUndefined();
    // An old-format link: what it lost, and that it carries no check.
    expect(state().linkError).toMatchObject({ kind: 'old', lost: expect.stringMatching(/the note could not be read/), members: 27, notes: false });
  });

  it('offers what survived of a cut link, and changes nothing until the offer is taken', async () => {
    state().positionSet(code('DE'), 'no');
    const before = state().scenario;
    const link = await encodeLink({ ...uniformScenario('council-2020', 'yes'), note: 'Presidency compromise of 3 October: delegations confirm on Thursday.' });
    linkOpened(await decodeLink(link.slice(0, link.indexOf('&c=') - 12)));
    expect(state().scenario).toBe(before);
    expect(state().linkError).toMatchObject({ kind: 'cut', message: expect.stringMatching(/^This link was cut short/) });
    linkOfferTaken();
    expect(state().scenario).toEqual(uniformScenario('council-2020', 'yes'));
    expect(state().linkError).toBeNull();
  });
});
