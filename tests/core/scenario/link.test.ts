import fc from 'fast-check';
import { decodeLink, encodeLink, LINK_MIGRATIONS } from '../../../src/core/scenario/link';
import { noteWrittenFor, restoreScenario, uniformScenario, type Scenario } from '../../../src/core/scenario/scenario';
import { DATASETS } from '../../../src/core/data/datasets';
import { POSITIONS, RULE_IDS } from '../../../src/core/rules/vote';

const councils = DATASETS.filter((d) => d.role === 'council');

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    dataset: fc.constantFrom(...councils),
    rule: fc.constantFrom(...RULE_IDS),
    seed: fc.array(fc.constantFrom(...POSITIONS), { minLength: 28, maxLength: 28 }),
    name: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
    note: fc.option(fc.string({ minLength: 1, maxLength: 80 }), { nil: undefined }),
    noteOnFirst: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
    noteFor: fc.constantFrom(...POSITIONS),
  })
  .map(({ dataset, rule, seed, name, note, noteOnFirst, noteFor }) => ({
    datasetId: dataset.id,
    rule,
    positions: Object.fromEntries(dataset.members.map((m, i) => [m.code, seed[i]!])),
    ...(name ? { name } : {}),
    ...(note ? { note } : {}),
    ...(noteOnFirst ? { memberNotes: { [dataset.members[0]!.code]: { text: noteOnFirst, position: noteFor } } } : {}),
  }));

describe('share links', () => {
  it('encode the CSA June 2024 positions compactly, one letter per member in dataset order', () => {
    const s = uniformScenario('council-2025', 'undecided');
    const link = encodeLink({ ...s, positions: { ...s.positions, DE: 'no', PL: 'no', AT: 'no', NL: 'no', CZ: 'abstain', IE: 'yes', SE: 'yes' } });
    expect(link).toBe('v=3&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu');
  });

  it('still open links made by version 1 (before names and notes)', () => {
    const r = decodeLink('#v=1&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu');
    expect(r.ok && r.value.positions).toMatchObject({ DE: 'no', CZ: 'abstain', IE: 'yes', FR: 'undecided' });
    expect(r.ok && r.value.name).toBeUndefined();
  });

  it('carry the name, the note and member notes, whatever characters they hold', () => {
    const s: Scenario = { ...uniformScenario('council-2020', 'yes'), name: 'CSA & <Coreper> #2', note: '50 % = half?', memberNotes: { DE: { text: 'scrutiny reservation', position: 'yes' } } };
    expect(decodeLink(encodeLink(s))).toEqual({ ok: true, value: s });
  });

  it('carry the position a member note was written for, so a note for another position stays marked', () => {
    const base = uniformScenario('council-2025', 'yes');
    const s: Scenario = { ...base, memberNotes: { DE: { text: 'Against. Confidence: fairly low.', position: 'no' } } };
    const back = decodeLink(encodeLink(s));
    expect(back).toEqual({ ok: true, value: s });
    expect(back.ok && noteWrittenFor(back.value, 'DE')).toBe('no');
  });

  it('migrate a version-2 link: its notes were written for the positions in the link (2 -> 3)', () => {
    const v2 = `v=2&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu&m=${encodeURIComponent('{"DE":"Against (announced).","IE":"In favour."}')}`;
    const migrated = LINK_MIGRATIONS[2]!(new URLSearchParams(v2));
    expect(migrated.get('v')).toBe('3');
    expect(JSON.parse(migrated.get('m')!)).toEqual({ DE: { text: 'Against (announced).', position: 'no' }, IE: { text: 'In favour.', position: 'yes' } });
    const r = decodeLink(v2);
    expect(r.ok && r.value.memberNotes).toEqual({ DE: { text: 'Against (announced).', position: 'no' }, IE: { text: 'In favour.', position: 'yes' } });
    expect(r.ok && noteWrittenFor(r.value, 'DE')).toBeUndefined();
  });

  it('round-trip every scenario exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const back = decodeLink(`#${encodeLink(s)}`);
        expect(back).toEqual({ ok: true, value: s });
      }),
    );
  });

  it('turn any string into either a scenario or a specific message, never a throw', () => {
    const valid = encodeLink(uniformScenario('council-2020', 'yes'));
    const mutated = fc
      .tuple(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 6 }))
      .map(([i, j, s]) => valid.slice(0, Math.min(i, j)) + s + valid.slice(Math.max(i, j)));
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (text) => {
        const r = decodeLink(text);
        if (!r.ok) {
          expect(r.error.code).toBe('link.invalid');
          expect(r.error.message).toMatch(/^This link cannot be opened: .+/);
        } else {
          expect(restoreScenario(r.value)).toEqual(r);
        }
      }),
    );
  });

  it.each([
    ['', 'it has no version.'],
    ['v=9&d=council-2025&r=qmv&p=y', 'version "9" is not known.'],
    ['v=2&d=council-2025&r=qmv&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy&m={', 'its member notes are garbled.'],
    ['v=3&d=council-2025&r=qmv&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy&m={', 'its member notes are garbled.'],
    ['v=2&d=council-2025&r=qmv&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy&m={"UK":"x"}', 'A note is attached to UK, which is not a member.'],
    ['v=3&d=council-2025&r=qmv&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy&m={"DE":"x"}', 'The note on DE must be an object { text, position }.'],
    ['v=3&d=council-2025&r=qmv&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy&m={"DE":{"text":"x","position":"maybe"}}', 'The note on DE was written for an unknown position "maybe".'],
    ['v=1&d=council-1999&r=qmv&p=y', 'the population figures "council-1999" are not known.'],
    ['v=1&d=council-2025&r=qmv&p=yyy', 'it has 3 positions for 27 members.'],
    ['v=1&d=council-2025&r=qmv&p=yyyyyyyyyyyyyyyyyyyyyyyyyyx', '"x" is not a position (at MT).'],
    ['v=1&d=council-2025&r=maybe&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy', 'Unknown voting rule "maybe".'],
  ])('name what is wrong with %j', (link, problem) => {
    const r = decodeLink(link);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(`This link cannot be opened: ${problem}`);
  });
});

describe('restoreScenario', () => {
  it('fills members left out as undecided and drops unknown keys', () => {
    const r = restoreScenario({ datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'no' }, extra: 1 });
    expect(r.ok && r.value.positions.DE).toBe('no');
    expect(r.ok && r.value.positions.FR).toBe('undecided');
    expect(r.ok && Object.keys(r.value)).toEqual(['datasetId', 'rule', 'positions']);
  });

  it('keeps a note with the position it was written for, dropping unknown keys of the note', () => {
    const r = restoreScenario({ datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'yes' }, memberNotes: { DE: { text: 'Against.', position: 'no', stale: true } } });
    expect(r.ok && r.value.memberNotes).toEqual({ DE: { text: 'Against.', position: 'no' } });
    expect(r.ok && noteWrittenFor(r.value, 'DE')).toBe('no');
  });

  it('migrates a version-1 scenario: plain-text notes were written for the position saved with them', () => {
    const r = restoreScenario({ version: 1, datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'no' }, memberNotes: { DE: 'Against.', FR: 'No word yet.' } });
    expect(r.ok && r.value.memberNotes).toEqual({ DE: { text: 'Against.', position: 'no' }, FR: { text: 'No word yet.', position: 'undecided' } });
  });

  it.each([
    [null, 'The scenario is not an object.'],
    [{ datasetId: 'candidates-2017', rule: 'qmv', positions: {} }, '"candidates-2017" is not a Council dataset.'],
    [{ datasetId: 'council-2025', rule: 'qmv', positions: { UK: 'yes' } }, 'UK is not a member in Council 2025 (EU-27).'],
    [{ datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'maybe' } }, 'Unknown position "maybe" for DE.'],
    [{ version: 7, datasetId: 'council-2025', rule: 'qmv', positions: {} }, 'The scenario (version 7) comes from a newer version of this app.'],
    [{ datasetId: 'council-2025', rule: 'qmv', positions: {}, memberNotes: { DE: { text: 7, position: 'no' } } }, 'The note on DE must be text of at most 5000 characters.'],
  ])('rejects %j', (raw, message) => {
    const r = restoreScenario(raw);
    expect(r.ok ? null : r.error.message).toBe(message);
  });
});
