import { findDataset } from '../../../src/core/data/datasets';
import { customRuleFromText, QMV_THRESHOLDS, whatIfElectorate } from '../../../src/core/analysis/whatIf';

const dataset = (() => {
  const d = findDataset('council-2020');
  if (!d.ok) throw new Error(d.error.message);
  return d.value;
})();

describe('what-if from typed input', () => {
  it('reads thresholds, blank as none', () => {
    expect(customRuleFromText(QMV_THRESHOLDS)).toEqual({ ok: true, value: { kind: 'custom', memberPct: 55, populationPct: 65, minMembers: 15, blockingMembers: 4 } });
    expect(customRuleFromText({ ...QMV_THRESHOLDS, populationPct: ' ', blockingMembers: '' })).toMatchObject({ ok: true, value: { populationPct: null, blockingMembers: null } });
    expect(customRuleFromText({ ...QMV_THRESHOLDS, minMembers: 'x' })).toMatchObject({ ok: false, error: { message: 'Minimum members must be a whole number (got "x").' } });
  });

  it('replaces populations of members and candidates; the total is everyone’s sum', () => {
    const e = whatIfElectorate(dataset, ['UA'], { DE: '1000', UA: '33000000', UK: '5' });
    if (!e.ok) throw new Error(e.error.message);
    expect(e.value.voters).toHaveLength(28);
    expect(e.value.voters.find((v) => v.code === 'DE')).toMatchObject({ population: 1000, low: 1000, high: 1000 });
    expect(e.value.total).toBe(e.value.voters.reduce((s, v) => s + v.population, 0));
  });

  it('names the member whose figure is wrong', () => {
    expect(whatIfElectorate(dataset, [], { FR: '' })).toMatchObject({ ok: false, error: { message: 'Population of France is empty: type a whole number of persons.' } });
    expect(whatIfElectorate(dataset, [], { FR: '1.5' })).toMatchObject({ ok: false, error: { message: 'Population of France must be a positive whole number of persons (got "1.5").' } });
    expect(whatIfElectorate(dataset, [], { FR: '0' })).toMatchObject({ ok: false, error: { path: 'FR' } });
    expect(whatIfElectorate(dataset, [], { FR: '99999999999999', DE: '99999999999999' })).toMatchObject({
      ok: false,
      error: { code: 'population.too_large', path: 'FR', message: 'Population of France must be at most 2,000,000,000 persons (got 99,999,999,999,999).' },
    });
    expect(whatIfElectorate(dataset, [], { FR: '2000000000' }).ok).toBe(true);
  });
});
