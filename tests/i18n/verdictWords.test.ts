/**
 * The verdict panel's words on the teaching presets: the four-member clause says the population
 * condition is deemed met, with no spare population (defect 3), and a blocking minority is named
 * the same way as in the explanation.
 */
import { claimsOf } from '../../src/core/rules/claims';
import { PRESETS, presetScenario } from '../../src/core/scenario/preset';
import { outcomeOf } from '../../src/core/scenario/scenario';
import { translator } from '../../src/i18n/translator';
import { blockingHeading, conditionStatusWord, verdictMargins } from '../../src/ui/verdict/explain';

const claimsFor = (id: string) => {
  const o = outcomeOf(presetScenario(PRESETS.find((p) => p.id === id)!));
  if (!o.ok) throw new Error(o.error.message);
  return claimsOf(o.value);
};

describe('the verdict panel', () => {
  it('three most populous against: deemed met, no spare population', () => {
    const c = claimsFor('teaching-three-most-populous-against');
    const en = translator('en');
    expect(verdictMargins(c, en).lead).toBeNull();
    expect(verdictMargins(c, en).lines).toEqual([
      'The population condition is deemed met: the members in favour hold 53.1 % of the population, 11.9 percentage points short of 65.0 %, but only 3 members are not in favour and a blocking minority needs at least 4 members.',
      'Spare: 9 members above the member threshold.',
    ]);
    expect(conditionStatusWord(c.worst.conditions[1]!, en)).toBe('Not met, but deemed met: too few members not in favour to block');
    expect(blockingHeading(c.declaredBlocking, c.undecided, en)).toBe('No blocking minority');
  });

  it('CSA, 20 June 2024: the margins name the best case', () => {
    const c = claimsFor('csa-2024-06-20');
    // The case is the lead-in of the list, not a bullet of its own.
    expect(verdictMargins(c, translator('en'))).toEqual({
      lead: 'Even if all 20 undecided members voted yes:',
      lines: ['Population in favour is short by 0.3 percentage points (1.2 million people).'],
    });
    expect(blockingHeading(c.declaredBlocking, c.undecided, translator('en'))).toBe('Blocking minority formed');
  });
});
