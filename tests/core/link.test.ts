import fc from 'fast-check';
import { decodeLink, encodeLink } from '../../src/core/link';
import { restoreScenario, uniformScenario, type Scenario } from '../../src/core/scenario';
import { DATASETS } from '../../src/core/datasets';
import { POSITIONS, RULE_IDS } from '../../src/core/vote';

const councils = DATASETS.filter((d) => d.role === 'council');

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    dataset: fc.constantFrom(...councils),
    rule: fc.constantFrom(...RULE_IDS),
    seed: fc.array(fc.constantFrom(...POSITIONS), { minLength: 28, maxLength: 28 }),
  })
  .map(({ dataset, rule, seed }) => ({
    datasetId: dataset.id,
    rule,
    positions: Object.fromEntries(dataset.members.map((m, i) => [m.code, seed[i]!])),
  }));

describe('share links', () => {
  it('encode the CSA June 2024 positions compactly, one letter per member in dataset order', () => {
    const s = uniformScenario('council-2025', 'undecided');
    const link = encodeLink({ ...s, positions: { ...s.positions, DE: 'no', PL: 'no', AT: 'no', NL: 'no', CZ: 'abstain', IE: 'yes', SE: 'yes' } });
    expect(link).toBe('v=1&d=council-2025&r=qmv&p=nuuununuauyuunuuuuyuuuuuuuu');
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
