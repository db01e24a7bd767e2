import { electorateOf, findDataset } from '../../../src/core/data/datasets';
import { evaluate } from '../../../src/core/rules/evaluate';
import { marginsOf } from '../../../src/core/rules/margins';
import type { Positions } from '../../../src/core/rules/vote';

const ds = findDataset('council-2020');
if (!ds.ok) throw new Error('dataset');
const eu = electorateOf(ds.value);
const allYes = Object.fromEntries(eu.voters.map((v) => [v.code, 'yes'])) as Positions;
const worst = (p: Positions) => {
  const r = evaluate(eu, p, { kind: 'qmv' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.worst;
};

describe('marginsOf (council-2020, exact persons, total 447 470 672)', () => {
  it('counts the members still needed and the persons short', () => {
    // 13 smallest in favour: 13 members, far below 65 %.
    const smallest = [...eu.voters].sort((a, b) => a.population - b.population).slice(0, 13).map((v) => v.code);
    const p = Object.fromEntries(eu.voters.map((v) => [v.code, smallest.includes(v.code) ? 'yes' : 'no'])) as Positions;
    const m = marginsOf(worst(p));
    expect(m.membersShort).toBe(2);
    // required = ceil(0.65 * 447 470 672) = 290 855 937; the 13 smallest (MT … BG) hold 42 844 344.
    expect(m.populationShort).toBe(290_855_937 - 42_844_344);
  });

  it('says a blocking minority of DE, FR and IT needs one more member (four-member clause)', () => {
    const m = marginsOf(worst({ ...allYes, DE: 'no', FR: 'no', IT: 'no' }));
    expect(m.blocking).toEqual({ membersNeeded: 1, populationNeeded: 0 });
  });

  it('gives the persons a blocking minority lacks when it has enough members', () => {
    // MT LU CY EE against: 3 306 456 persons; blocking needs more than 35 %: 447 470 672 - 290 855 937 + 1.
    const m = marginsOf(worst({ ...allYes, MT: 'no', LU: 'no', CY: 'no', EE: 'no' }));
    expect(m.blocking).toEqual({ membersNeeded: 0, populationNeeded: 156_614_736 - 3_306_456 });
  });
});
