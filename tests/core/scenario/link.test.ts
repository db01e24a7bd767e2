import fc from 'fast-check';
import { decodeLink, encodeLink } from '../../../src/core/scenario/link';
import { restoreScenario, uniformScenario, type Scenario } from '../../../src/core/scenario/scenario';
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
  })
  .map(({ dataset, rule, seed, name, note, noteOnFirst }) => ({
    datasetId: dataset.id,
    rule,
    positions: Object.fromEntries(dataset.members.map((m, i) => [m.code, seed[i]!])),
    ...(name ? { name } : {}),
    ...(note ? { note } : {}),
    ...(noteOnFirst ? { memberNotes: { [dataset.members[0]!.code]: noteOnFirst } } : {}),
  }));

describe('share links', () => {
  it('encode the CSA June 2024 positions compactly, one letter per member in dataset order', () => {
    const s = uniformScenario('council-2025', 'undecided');
    const link = encodeLink({ ...s, positions: { ...s.positions, DE: 'no', PL: 'no', AT: 'no', NL: 'no', CZ: 'abstain', IE: 'yes', SE: 'yes' } });
    expect(link).toBe('v=2&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu');
  });

  it('still open links made by version 1 (before names and notes)', () => {
    const r = decodeLink('#v=1&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu');
    expect(r.ok && r.value.positions).toMatchObject({ DE: 'no', CZ: 'abstain', IE: 'yes', FR: 'undecided' });
    expect(r.ok && r.value.name).toBeUndefined();
  });

  it('carry the name, the note and member notes, whatever characters they hold', () => {
    const s = { ...uniformScenario('council-2020', 'yes'), name: 'CSA & <Coreper> #2', note: '50 % = half?', memberNotes: { DE: 'scrutiny reservation' } };
    expect(decodeLink(encodeLink(s))).toEqual({ ok: true, value: s });
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
    ['v=2&d=council-2025&r=qmv&p=yyyyyyyyyyyyyyyyyyyyyyyyyyy&m={"UK":"x"}', 'A note is attached to UK, which is not a member.'],
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

  it.each([
    [null, 'The scenario is not an object.'],
    [{ datasetId: 'candidates-2017', rule: 'qmv', positions: {} }, '"candidates-2017" is not a Council dataset.'],
    [{ datasetId: 'council-2025', rule: 'qmv', positions: { UK: 'yes' } }, 'UK is not a member in Council 2025 (EU-27).'],
    [{ datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'maybe' } }, 'Unknown position "maybe" for DE.'],
    [{ version: 7, datasetId: 'council-2025', rule: 'qmv', positions: {} }, 'Unknown scenario version 7.'],
  ])('rejects %j', (raw, message) => {
    const r = restoreScenario(raw);
    expect(r.ok ? null : r.error.message).toBe(message);
  });
});
