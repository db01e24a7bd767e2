import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';
import { resetStore } from '../../../src/state/store';

beforeEach(resetStore);
afterEach(() => {
  document.documentElement.lang = 'en';
});

const verdict = () => screen.getByRole('status').textContent ?? '';
const region = (locale: string, code: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code)!;

describe('languages', () => {
  it('starts in English with a labelled language chooser whose options name themselves', () => {
    render(<App />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(within(select).getByRole('option', { name: 'Français' })).toHaveAttribute('lang', 'fr');
    expect(within(select).getByRole('option', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
    expect(screen.getByRole('combobox', { name: 'Voting rule' })).toBeInTheDocument();
  });

  it('switches to French: labels, positions, country names from Intl.DisplayNames, French numbers', async () => {
    render(<App />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await screen.findByRole('combobox', { name: 'Langue' });
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('combobox', { name: 'Règle de vote' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Chiffres de population' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Voting rule' })).not.toBeInTheDocument();

    const greece = screen.getByRole('radiogroup', { name: region('fr', 'GR') });
    expect(greece).toHaveAccessibleName('Grèce');
    for (const name of ['Pour', 'Contre', 'Abstention', 'Ne participe pas', 'Indécis']) {
      expect(within(greece).getByRole('radio', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('radiogroup', { name: region('fr', 'DE') })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Tous pour' }));
    expect(verdict()).toMatch(/^Adopté 27 membres sur 27 pour, représentant 100,0\s% de la population$/);
    expect(screen.getByText(/au moins 65 % de la population : il faut 65,0\s% \(/)).toBeInTheDocument();
    // Shares as published, with a decimal comma: Germany 18,49 % in the 2025 figures.
    const germany = screen.getByRole('radiogroup', { name: 'Allemagne' }).closest('li')!;
    expect(germany.textContent).toMatch(/\d+,\d\d\s%/);

    await userEvent.click(within(germany).getByRole('radio', { name: 'Contre' }));
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'France' })).getByRole('radio', { name: 'Contre' }));
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Italie' })).getByRole('radio', { name: 'Contre' }));
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Malte' })).getByRole('radio', { name: 'Contre' }));
    expect(verdict()).toMatch(/^Non adopté/);
    expect(screen.getByText('Minorité de blocage constituée')).toBeInTheDocument();
  });

  it('sorts by name in the language’s alphabet', async () => {
    render(<App />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Reihenfolge' }), 'name');
    const names = screen.getAllByRole('radiogroup').map((g) => g.getAttribute('aria-label')!);
    expect(names.slice(0, 3)).toEqual(['Belgien', 'Bulgarien', 'Dänemark']);
    expect(names).toEqual([...names].sort(new Intl.Collator('de').compare));
    expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Polen'));
  });

  it('goes back to English', async () => {
    render(<App />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Sprache' }), 'en');
    await screen.findByRole('combobox', { name: 'Language' });
    expect(screen.getByRole('radiogroup', { name: 'Germany' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
