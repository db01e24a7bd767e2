/**
 * The analysis panel in French and German: headings, country names from Intl.DisplayNames,
 * the locale's numbers and percentages, and the what-if's validation messages.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CountryCode } from '../../../src/core/rules/countries';
import { localeSwitched } from '../../../src/state/language';
import { resetStore, useStore } from '../../../src/state/store';
import AnalysisPanel from '../../../src/ui/analysis/AnalysisPanel';
import { App } from '../../../src/ui/App';

beforeEach(resetStore);
afterEach(() => {
  document.documentElement.lang = 'en';
});

/** Everyone in favour but `against`; `undecided` undecided. */
function vote(against: readonly string[], undecided: readonly string[] = []) {
  useStore.getState().allPositionsSet('yes');
  for (const c of against) useStore.getState().positionSet(c as CountryCode, 'no');
  for (const c of undecided) useStore.getState().positionSet(c as CountryCode, 'undecided');
}

const probability = () => document.querySelector('.analysis__big')?.textContent;
const items = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('listitem').map((li) => li.textContent);

describe('the analysis panel in French', () => {
  it('opens from the app in French, no longer marked English', async () => {
    render(<App />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await screen.findByRole('combobox', { name: 'Langue' });
    await userEvent.click(screen.getByText('Analyse : ce qu’il faudrait, chemins des indécis, probabilité, pouvoir de vote'));
    const heading = await screen.findByRole('heading', { name: 'Ce qu’il faudrait' });
    expect(heading.closest('[lang="en"]')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Pouvoir de vote' })).toBeInTheDocument();
  });

  it('says what it takes with French country names, and counts the undecided paths with French numbers', async () => {
    vote(['DE', 'FR', 'IT'], ['ES', 'PL']);
    await localeSwitched('fr');
    render(<AnalysisPanel />);
    expect(screen.getByRole('heading', { name: 'Ce qu’il faudrait' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('list', { name: 'parmi les indécis, passant au contre' })).toBeInTheDocument());
    expect(items('parmi les indécis, passant au contre')).toEqual([expect.stringMatching(/^Pologne \(/), expect.stringMatching(/^Espagne \(/)]);
    // Spain and Poland together: a French list of names, with French figures (decimal comma, "millions de personnes").
    expect(items('parmi les indécis, passant au pour')).toEqual([expect.stringMatching(/^Espagne \+ Pologne \(\d+,\d millions de personnes, \+\d+,\d\d\s% → \d+,\d\d\s% de la population pour\)$/)]);
    const paths = await screen.findByText((_, el) => el?.tagName === 'P' && /^2 membres indécis : sur les 4 façons/.test(el.textContent ?? ''));
    expect(paths.textContent).toMatch(/1 \(25,0\s%\) mènent à l’adoption/);
    await waitFor(() => expect(probability()).toMatch(/^25,00\s%$/));
    expect(screen.getByLabelText('Espagne : probabilité de voter pour (%)')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Coalitions de blocage avec' }), 'DE');
    await screen.findByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('Contre : Allemagne ; il faut encore 3 membres ;'));
    expect(screen.getByRole('button', { name: 'Retirer Allemagne' })).toBeInTheDocument();
  });

  it('translates the what-if’s summary and its validation messages', async () => {
    vote([]);
    await localeSwitched('fr');
    render(<AnalysisPanel />);
    await userEvent.click(screen.getByLabelText('Islande'));
    expect(screen.getAllByText('Hypothèse : 1 candidat ajouté.').length).toBeGreaterThanOrEqual(3);
    await userEvent.click(screen.getByLabelText('Seuils personnalisés'));
    const share = screen.getByLabelText('Part des membres (%)');
    await userEvent.clear(share);
    await userEvent.type(share, '120');
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Part des membres : une valeur entre 0 et 100\s% est attendue \(saisi : 120\s%\)\. Rien n’est calculé tant que ce n’est pas corrigé\.$/,
    );
    expect(screen.getByRole('button', { name: 'Calculer le pouvoir de vote' })).toBeDisabled();
  });
});

describe('the analysis panel in German', () => {
  it('computes voting power with German headings and figures', async () => {
    vote([]);
    await localeSwitched('de');
    render(<AnalysisPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Abstimmungsmacht berechnen' }));
    const summary = await screen.findByText(/^27 Mitglieder: /, undefined, { timeout: 20_000 });
    // Thousands grouped the German way: more than a million winning coalitions.
    expect(summary.textContent).toMatch(/^27 Mitglieder: \d{1,3}(\.\d{3})+ Gewinnkoalitionen, davon [\d.]+ minimale; [\d.]+ minimale Sperrkoalitionen\.$/);
    expect(screen.getByRole('columnheader', { name: 'Banzhaf-Index' })).toBeInTheDocument();
    const powerTable = [...document.querySelectorAll('.analysis__table')].at(-1)!;
    expect(powerTable.querySelector('tbody th')?.textContent).toBe('Deutschland');
    expect(powerTable.querySelector('tbody td')?.textContent).toMatch(/^\d+,\d\d\s%$/);
    expect(screen.getByRole('img', { name: /^Balkendiagramm der Abstimmungsmacht/ })).toBeInTheDocument();
  }, 30_000);
});
