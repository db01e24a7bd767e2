import { LIBRARY_MIGRATIONS, migrate, notesGainPositions, SCENARIO_FILE_MIGRATIONS, SCENARIO_MIGRATIONS } from '../../../src/core/scenario/migrate';

describe('notesGainPositions (scenario 1 -> 2)', () => {
  it('records for each plain-text note the position the member had when saved', () => {
    expect(notesGainPositions({ positions: { DE: 'no', FR: 'yes' }, memberNotes: { DE: 'Against.', FR: 'In favour.' } })).toEqual({
      positions: { DE: 'no', FR: 'yes' },
      memberNotes: { DE: { text: 'Against.', position: 'no' }, FR: { text: 'In favour.', position: 'yes' } },
    });
  });

  it('takes a member with no valid position as undecided (the gate fills it so)', () => {
    expect(notesGainPositions({ positions: { DE: 'perhaps' }, memberNotes: { DE: 'x', IT: 'y' } }).memberNotes).toEqual({
      DE: { text: 'x', position: 'undecided' },
      IT: { text: 'y', position: 'undecided' },
    });
  });

  it('leaves what is not a text note for the gate to judge, and a scenario without notes alone', () => {
    const odd = { positions: {}, memberNotes: { DE: 7 } };
    expect(notesGainPositions(odd)).toEqual(odd);
    const none = { positions: { DE: 'no' } };
    expect(notesGainPositions(none)).toBe(none);
  });

  it('is step 1 of the scenario, library and scenario-file migrations', () => {
    expect(SCENARIO_MIGRATIONS[1]).toBe(notesGainPositions);
    const lib = LIBRARY_MIGRATIONS[1]!({ version: 1, scenarios: [{ id: 'a', scenario: { positions: { DE: 'no' }, memberNotes: { DE: 'x' } } }, 'junk'] });
    expect(lib.scenarios).toEqual([{ id: 'a', scenario: { positions: { DE: 'no' }, memberNotes: { DE: { text: 'x', position: 'no' } } } }, 'junk']);
    const file = SCENARIO_FILE_MIGRATIONS[1]!({ version: 1, scenario: { positions: { DE: 'abstain' }, memberNotes: { DE: 'x' } } });
    expect(file.scenario).toEqual({ positions: { DE: 'abstain' }, memberNotes: { DE: { text: 'x', position: 'abstain' } } });
  });
});

describe('migrate', () => {
  const steps = { 1: (d: { n: number }) => ({ n: d.n + 1 }), 2: (d: { n: number }) => ({ n: d.n * 10 }) };
  it('applies the numbered steps in order up to the current version', () => {
    expect(migrate(1, { n: 1 }, steps, 3, 'thing')).toEqual({ ok: true, value: { n: 20 } });
    expect(migrate(3, { n: 1 }, steps, 3, 'thing')).toEqual({ ok: true, value: { n: 1 } });
  });
  it('refuses a version from the future, one with no path, and a missing version', () => {
    const msg = (r: ReturnType<typeof migrate>) => (r.ok ? '' : r.error.message);
    expect(msg(migrate(4, { n: 1 }, steps, 3, 'thing'))).toBe('The thing (version 4) comes from a newer version of this app.');
    expect(msg(migrate(0, { n: 1 }, steps, 3, 'thing'))).toBe('The thing (version 0) is too old to read.');
    expect(msg(migrate(undefined, { n: 1 }, steps, 3, 'thing'))).toBe('The thing has no version number.');
  });
});
