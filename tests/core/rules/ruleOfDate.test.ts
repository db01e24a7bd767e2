import { describe, expect, it } from 'vitest';
import { ruleDateStatus, ruleFollowingDate, rulesOfDate } from '../../../src/core/rules/ruleOfDate';
import { datedScenario } from '../../../src/core/scenario/voteDate';
import { scenarioRuleDateText } from '../../../src/core/scenario/ruleDateText';
import { outcomeOf, uniformScenario } from '../../../src/core/scenario/scenario';
import { DATASETS } from '../../../src/core/data/datasets';

describe('the rule of a date (Protocol No 36, Art. 3)', () => {
  it('Nice before 1 November 2014, both in the transition, the double majority from 1 April 2017', () => {
    expect(rulesOfDate('qmv', '2014-10-31')).toEqual(['nice']);
    expect(rulesOfDate('qmv', '2014-11-01')).toEqual(['qmv', 'nice']);
    expect(rulesOfDate('reinforced', '2017-03-31')).toEqual(['reinforced', 'nice']);
    expect(rulesOfDate('qmv', '2017-04-01')).toEqual(['qmv']);
    expect(rulesOfDate('unanimity', '2012-05-01')).toEqual(['unanimity']);
  });

  it('states each case, and a rule chosen against the date', () => {
    expect(ruleDateStatus('qmv', undefined).kind).toBe('fits');
    expect(ruleDateStatus('unanimity', '2012-05-01').kind).toBe('fits');
    expect(ruleDateStatus('nice', '2012-05-01').kind).toBe('niceOfDate');
    expect(ruleDateStatus('qmv', '2016-03-01').kind).toBe('niceAvailable');
    expect(ruleDateStatus('nice', '2016-03-01').kind).toBe('niceOnRequest');
    expect(ruleDateStatus('qmv', '2012-05-01')).toEqual({ kind: 'notOfDate', date: '2012-05-01', rule: 'qmv', expected: 'nice' });
    expect(ruleDateStatus('nice', '2020-05-01')).toEqual({ kind: 'notOfDate', date: '2020-05-01', rule: 'nice', expected: 'qmv' });
  });

  it('the rule follows the date unless it was chosen by hand against the old one', () => {
    expect(ruleFollowingDate('qmv', undefined, '2012-05-01')).toBe('nice');
    expect(ruleFollowingDate('nice', '2012-05-01', '2020-05-01')).toBe('qmv');
    expect(ruleFollowingDate('qmv', '2012-05-01', '2013-01-01')).toBe('qmv');
    expect(ruleFollowingDate('nice', undefined, '2020-05-01')).toBe('nice');
    expect(ruleFollowingDate('unanimity', '2020-05-01', '2012-05-01')).toBe('unanimity');
  });

  it('a scenario dated 1 May 2012 is evaluated under Nice, with the weights of that day (255 of 345, Croatia out)', () => {
    const s = datedScenario({ ...uniformScenario('council-2025', 'yes'), positions: { ...uniformScenario('council-2025', 'yes').positions, DE: 'no', FR: 'no' } }, '2012-05-01', DATASETS);
    expect(s.rule).toBe('nice');
    const o = outcomeOf(s);
    if (!o.ok) throw new Error(o.error.message);
    const weights = o.value.worst.conditions.find((c) => c.id === 'weights')!;
    expect([weights.required, weights.of]).toEqual([255, 345]);
    expect(scenarioRuleDateText(s)).toMatch(/^On 1 May 2012 a qualified majority meant the Nice weighted votes/);
    expect(scenarioRuleDateText({ rule: 'qmv', date: '2012-05-01' })).toBe('Qualified majority was chosen by hand: it is not the rule of 1 May 2012 (Nice weighted votes (until 2014) is).');
  });
});
