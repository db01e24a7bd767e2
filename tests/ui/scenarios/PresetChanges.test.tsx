import type { CountryCode } from '../../../src/core/rules/countries';
import { act, render, screen, within } from '@testing-library/react';
import PresetPanel from '../../../src/ui/scenarios/PresetPanel';
import { RuleDateNotice } from '../../../src/ui/shell/RuleDateNotice';
import { findPreset, presetScenario, whatIfScenario } from '../../../src/core/scenario/preset';
import { resetStore, useStore } from '../../../src/state/store';
import userEvent from '@testing-library/user-event';

beforeEach(resetStore);

const panel = () => screen.getByRole('region', { name: 'Presets' });
const open = (id: string) => act(() => useStore.getState().presetOpened(presetScenario(findPreset(id)!), id));

describe('a preset whose text no longer describes the screen', () => {
  it('says nothing on the preset or its what-if; names date, figures and rule once the date moves to 2012', () => {
    open('csa-2024-06-20');
    render(<PresetPanel />);
    expect(within(panel()).queryByRole('note')).toBeNull();
    act(() => useStore.getState().dateChosen('2012-05-01'));
    expect(within(panel()).getByRole('note').textContent).toBe(
      '⚠ The text below describes the preset as published, not the screen. The date on screen is 1 May 2012; the preset’s is 20 June 2024. ' +
        'The population figures on screen are Council 2016 (EU-28 with the United Kingdom); the preset’s are Council 2025 (EU-27). ' +
        'The rule on screen is Nice weighted votes (until 2014); the preset’s is Qualified majority.',
    );
    act(() => useStore.getState().undone());
    expect(within(panel()).queryByRole('note')).toBeNull();
    const p = findPreset('cars-co2-2035-2023-03-28')!;
    act(() => useStore.getState().presetOpened(whatIfScenario(p)!, p.id));
    expect(within(panel()).queryByRole('note')).toBeNull();
    act(() => useStore.getState().positionSet('PL' as CountryCode, 'yes'));
    expect(within(panel()).getByRole('note').textContent).toContain('The positions on screen have been changed.');
  });
});

describe('the rule against the date of the vote', () => {
  it('in the transition offers the Nice rule in one step, one undo step back; a rule chosen by hand is marked', async () => {
    render(<RuleDateNotice />);
    act(() => useStore.getState().dateChosen('2016-03-01'));
    expect(screen.getByRole('note').textContent).toContain('any member could ask for the Nice weighted votes instead (Protocol No 36, Art. 3(2))');
    await userEvent.click(screen.getByRole('button', { name: 'Evaluate under the Nice rule' }));
    expect(useStore.getState().scenario.rule).toBe('nice');
    act(() => useStore.getState().undone());
    expect(useStore.getState().scenario.rule).toBe('qmv');
    act(() => useStore.getState().dateChosen('2012-05-01'));
    expect(useStore.getState().scenario.rule).toBe('nice');
    act(() => useStore.getState().ruleChosen('qmv'));
    expect(screen.getByRole('note').querySelector('p')!.textContent).toBe(
      '⚠ Qualified majority was chosen by hand: it is not the rule of 1 May 2012 (Nice weighted votes (until 2014) is).',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Use the rule of that date: Nice weighted votes (until 2014)' }));
    expect(screen.getByRole('note').textContent).toMatch(/^On 1 May 2012 a qualified majority meant the Nice weighted votes/);
  });
});
