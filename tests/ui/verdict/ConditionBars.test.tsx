/**
 * The verdict panel's condition bars, as a user reads them: the declared figure, how far the
 * undecided could take it, and a status that names the case — in English, French and German.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';
import { resetStore } from '../../../src/state/store';

beforeEach(resetStore);
afterEach(() => {
  document.documentElement.lang = 'en';
});

const bars = () => [...document.querySelectorAll('.verdict .cond')].map((e) => e.textContent ?? '');

describe('condition bars', () => {
  it('name the case each condition rests on while members are undecided, and the plain status once none is', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Germany' })).getByRole('radio', { name: 'Undecided' }));
    const [members, population] = bars();
    expect(members).toContain('26 of 27');
    expect(members).toContain('(up to 27 of 27)');
    expect(members).toContain('Met even if the undecided member votes no.');
    expect(population).toContain('Met even if the undecided member votes no.');
    expect(screen.getByText(/Hatched: the undecided, if they vote yes/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'All undecided' }));
    expect(bars()[0]).toMatch(/0 of 27 \(up to 27 of 27\)/);
    expect(bars().every((b) => b.includes('Met only if the undecided vote yes.'))).toBe(true);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await screen.findByRole('combobox', { name: 'Langue' });
    expect(bars()[0]).toContain('Remplie seulement si les indécis votent pour.');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'de');
    await screen.findByRole('combobox', { name: 'Sprache' });
    expect(bars()[0]).toContain('Nur erfüllt, wenn die Unentschiedenen mit Ja stimmen.');

    await userEvent.click(screen.getByRole('button', { name: 'Alle nein' }));
    expect(bars().every((b) => b.includes('Nicht erfüllt.'))).toBe(true);
    expect(document.querySelector('.cond__legend')).toBeNull();
  });
});
