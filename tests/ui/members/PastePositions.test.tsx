import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuickActions } from '../../../src/ui/shell/QuickActions';
import { resetStore, useStore } from '../../../src/state/store';
import { loadCatalogue } from '../../../src/i18n/locales';

beforeEach(resetStore);

describe('Paste positions…', () => {
  it('shows what will change, names the bad line and the member named twice, and applies as one undo step', async () => {
    render(<QuickActions />);
    await userEvent.click(screen.getByRole('button', { name: 'Paste positions…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste positions' }); // its code loads when first opened
    const box = within(dialog).getByRole('textbox', { name: 'Positions, one member per line' });
    // user-event types \t as a tab key press: paste the text as the clipboard would.
    await userEvent.click(box);
    await userEvent.paste('Germany: against\nFR pour\nItalien\tEnthaltung\nFance pour\nPL no\nPologne contre');
    expect(within(dialog).getByText('This changes 3 positions:')).toBeInTheDocument();
    expect(within(dialog).getByText('Germany: Undecided → No')).toBeInTheDocument();
    expect(within(dialog).getByText('Italy: Undecided → Abstain')).toBeInTheDocument();
    expect(within(dialog).getByText('Line 4 (“Fance pour”): no member is called “Fance”.')).toBeInTheDocument();
    expect(within(dialog).getByText('Poland is named on lines 5 and 6: its position is not changed.')).toBeInTheDocument();
    expect(useStore.getState().scenario.positions.DE).toBe('undecided');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply 3 changes' }));
    const s = useStore.getState();
    expect([s.scenario.positions.DE, s.scenario.positions.FR, s.scenario.positions.IT, s.scenario.positions.PL]).toEqual(['no', 'yes', 'abstain', 'undecided']);
    expect(screen.getByRole('status')).toHaveTextContent('3 positions changed from the paste.');
    act(() => useStore.getState().undone());
    expect(Object.values(useStore.getState().scenario.positions).every((p) => p === 'undecided')).toBe(true);
  }, 30_000);

  it('speaks French', async () => {
    await loadCatalogue('fr');
    act(() => useStore.getState().localeChosen('fr'));
    render(<QuickActions />);
    await userEvent.click(screen.getByRole('button', { name: 'Coller des positions…' }));
    await userEvent.click(await screen.findByRole('textbox', { name: 'Positions, un membre par ligne' }));
    await userEvent.paste('Deutschland dagegen\nxx');
    expect(screen.getByText('Allemagne : Indécis → Contre')).toBeInTheDocument();
    expect(screen.getByText('Ligne 2 (« xx ») : ni un membre ni une position.')).toBeInTheDocument();
  }, 30_000);
});
