import fc from 'fast-check';
import { electorateOf, findDataset } from '../../../src/core/data/datasets';
import { evaluateDecided } from '../../../src/core/rules/evaluate';
import { undecidedPaths } from '../../../src/core/analysis/undecidedPaths';
import type { Position, Positions, Rule } from '../../../src/core/rules/vote';

const ds = findDataset('council-2020');
if (!ds.ok) throw new Error('dataset');
const eu = electorateOf(ds.value);
const codes = eu.voters.map((v) => v.code);

/** The engine's verdict on one complete set of positions. */
function adopts(p: Record<string, Position>, rule: Rule): boolean {
  const r = evaluateDecided(eu, new Map(Object.entries(p)) as unknown as Parameters<typeof evaluateDecided>[1], rule);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.adopted;
}

/** Brute force: every completion of the undecided, evaluated by the engine. */
function enumerate(positions: Positions, rule: Rule = { kind: 'qmv' }) {
  const und = codes.filter((c) => positions[c] === 'undecided');
  let adopting = 0;
  const decisive = new Map(und.map((c) => [c, 0]));
  for (let mask = 0; mask < 1 << und.length; mask++) {
    const p = { ...positions } as Record<string, Position>;
    und.forEach((c, i) => (p[c] = mask & (1 << i) ? 'yes' : 'no'));
    const adopted = adopts(p, rule);
    if (adopted) adopting++;
    und.forEach((c, i) => {
      if (mask & (1 << i)) return;
      if (adopts({ ...p, [c]: 'yes' }, rule) !== adopted) decisive.set(c, decisive.get(c)! + 1);
    });
  }
  return { adopting, decisive: und.map((code) => ({ code, ways: decisive.get(code)! })) };
}

describe('undecidedPaths', () => {
  it('CSA, early October 2024 style: three against, the rest open -> counts match enumeration', () => {
    const positions = Object.fromEntries(codes.map((c) => [c, 'yes'])) as Record<string, Position>;
    Object.assign(positions, { DE: 'no', PL: 'no', NL: 'abstain', FR: 'undecided', IT: 'undecided', ES: 'undecided', RO: 'undecided', MT: 'undecided' });
    const r = undecidedPaths(eu, positions, { kind: 'qmv' });
    expect(r.ok && r.value.ways).toBe(32);
    expect(r.ok && { adopting: r.value.adopting, decisive: r.value.decisive }).toEqual(enumerate(positions));
  });

  it('unanimity: an abstention does not prevent adoption (Art. 238(4) TFEU)', () => {
    const positions = Object.fromEntries(codes.map((c) => [c, 'yes'])) as Record<string, Position>;
    Object.assign(positions, { NL: 'abstain', FR: 'undecided', IT: 'undecided' });
    const r = undecidedPaths(eu, positions, { kind: 'unanimity' });
    expect(r.ok && { adopting: r.value.adopting, decisive: r.value.decisive }).toEqual({
      adopting: 1,
      decisive: [
        { code: 'FR', ways: 1 },
        { code: 'IT', ways: 1 },
      ],
    });
    expect(enumerate(positions, { kind: 'unanimity' }).adopting).toBe(1);
  });

  it('agrees with enumeration for random positions with up to 8 undecided, under every rule (abstaining never blocks unanimity)', () => {
    const rules = fc.constantFrom<Rule>({ kind: 'qmv' }, { kind: 'reinforced' }, { kind: 'simple' }, { kind: 'unanimity' });
    const votes = fc.array(fc.constantFrom<Position>('yes', 'no', 'abstain', 'absent', 'undecided'), { minLength: 27, maxLength: 27 });
    fc.assert(
      fc.property(votes, rules, (ps, rule) => {
        const capped = ps.map((p, i) => (p === 'undecided' && ps.slice(0, i).filter((x) => x === 'undecided').length >= 8 ? 'yes' : p));
        if (capped.every((p) => p === 'absent')) return;
        const positions = Object.fromEntries(codes.map((c, i) => [c, capped[i]!])) as Positions;
        const r = undecidedPaths(eu, positions, rule);
        expect(r.ok && { adopting: r.value.adopting, decisive: r.value.decisive }).toEqual(enumerate(positions, rule));
      }),
      { numRuns: 80 },
    );
  });
});
