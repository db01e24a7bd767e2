import { electorateOf, findDataset } from '../../../src/core/data/datasets';
import { populationPercent, populationSplit } from '../../../src/core/rules/populationSplit';
import type { Positions } from '../../../src/core/rules/vote';

const ds = findDataset('council-2020');
if (!ds.ok) throw new Error('dataset');
const eu = electorateOf(ds.value);
const all = (p: string) => Object.fromEntries(eu.voters.map((v) => [v.code, p])) as Positions;

describe('populationSplit (council-2020, exact persons, total 447 470 672)', () => {
  it('groups the participating population as yes, abstain, no, undecided, largest first', () => {
    const s = populationSplit(eu, { ...all('yes'), DE: 'no', FR: 'abstain', MT: 'undecided', DK: 'absent' });
    expect(s.groups.map((g) => g.position)).toEqual(['yes', 'abstain', 'no', 'undecided']);
    expect(s.groups.map((g) => g.members.length)).toEqual([23, 1, 1, 1]);
    expect(s.groups[0]!.members[0]!.code).toBe('IT');
    const dk = eu.voters.find((v) => v.code === 'DK')!.population;
    expect(s.participating).toBe(447_470_672 - dk);
    expect(s.groups.reduce((a, g) => a + g.population, 0)).toBe(s.participating);
  });

  it('puts the 65 % mark and, after the members in favour, the 35 % blocking mark', () => {
    const s = populationSplit(eu, all('undecided'));
    // ceil(0.65 * 447 470 672) = 290 855 937
    expect(s.inFavourNeeded).toBe(290_855_937);
    expect(s.blockingAbove).toBe(447_470_672 - 290_855_937);
    expect(s.marks?.inFavour).toBeCloseTo(0.65, 6);
    expect(s.marks?.blocking).toBeCloseTo(0.35, 6);
    // With 70 % in favour already, no blocking minority fits on the bar.
    expect(populationSplit(eu, all('yes')).marks?.blocking).toBeNull();
  });

  it('has no marks for rules without a population condition', () => {
    expect(populationPercent({ kind: 'unanimity' })).toBeNull();
    expect(populationPercent({ kind: 'nice', commissionProposal: true, populationCheck: true })).toBe(62);
    expect(populationSplit(eu, all('yes'), null).marks).toBeNull();
  });
});
