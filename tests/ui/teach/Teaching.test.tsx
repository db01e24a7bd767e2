import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';
import { resetStore } from '../../../src/state/store';

beforeEach(resetStore);
afterEach(() => {
  document.documentElement.lang = 'en';
});

/** A lazy chunk: loaded once up front (transforming it can take seconds on a busy machine), then found quickly. */
beforeAll(() => import('../../../src/ui/teach/TeachingPanel'), 30_000);
const LAZY = { timeout: 5_000 };

const choose = async (country: string, option: string) =>
  userEvent.click(within(screen.getByRole('radiogroup', { name: country })).getByRole('radio', { name: option }));

describe('Explain this result', () => {
  it('opens on demand and explains the result on screen, step by step', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    for (const c of ['Germany', 'France', 'Italy']) await choose(c, 'No');
    const toggle = screen.getByRole('button', { name: 'Explain this result' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const steps = await screen.findByRole('heading', { name: 'Step by step' }, LAZY);
    const list = steps.parentElement!;
    expect(within(list).getByText(/^Adopted: the population condition is not met/)).toBeInTheDocument();
    expect(screen.getByText('“Germany, France and Italy together can block any decision.”', { exact: false })).toBeInTheDocument();
    expect(screen.queryByText(/Any four member states can block/)).not.toBeInTheDocument();
    // The explanation follows the positions as they change.
    await choose('Malta', 'No');
    expect(within(list).getByText(/^Not adopted: condition 2 \(population in favour\) fails by/)).toBeInTheDocument();
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('compares with the Nice weighted votes and says why the threshold is scaled', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Explain this result' }));
    const table = await screen.findByRole('table', { name: 'Same positions, two rules' }, LAZY);
    expect(within(table).getByRole('row', { name: /Weighted votes in favour/ })).toHaveTextContent('✓ 323 of 323 (needs 239)');
    expect(screen.getByText(/This dataset has no United Kingdom/)).toBeInTheDocument();
  });

  it('runs an exercise, checked as the positions change', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Explain this result' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Start exercise: The smallest blocking minority' }, LAZY));
    expect(screen.getByText(/^Not blocked yet: every member is in favour/)).toBeInTheDocument();
    for (const c of ['Germany', 'France', 'Italy', 'Malta']) await choose(c, 'No');
    expect(screen.getByText('Solved.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'End exercise' }));
    expect(screen.queryByText('Solved.')).not.toBeInTheDocument();
  });

  it('explains in French, with French numbers, and no English left in the panel', async () => {
    render(<App />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await screen.findByRole('combobox', { name: 'Langue' });
    await userEvent.click(screen.getByRole('button', { name: 'Tous pour' }));
    for (const c of ['Allemagne', 'France', 'Italie']) await choose(c, 'Contre');
    await userEvent.click(screen.getByRole('button', { name: 'Expliquer ce résultat' }));
    const steps = await screen.findByRole('heading', { name: 'Pas à pas' }, LAZY);
    const list = steps.parentElement!;
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toContain('□La minorité de blocage — non formée');
    expect(within(list).getByText(/^Adopté : la condition de population n’est pas remplie/)).toBeInTheDocument();
    expect(within(list).getByText(/^Au moins 55\s% des 27 membres doivent voter pour, et au moins 15 : 55\s% de 27 font 14,85/)).toBeInTheDocument();
    expect(within(list).getByText(/^Les membres qui votent pour représentent 239,6 millions de personnes \(53,1\s%\)/)).toBeInTheDocument();
    expect(screen.getByText('« L’Allemagne, la France et l’Italie peuvent ensemble bloquer n’importe quelle décision. »', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Mêmes positions, deux règles' })).toHaveTextContent('✕ 236 sur 323 (il en faut 239)');
    expect(screen.queryByText(/in English only|n’existe qu’en anglais/)).not.toBeInTheDocument();
    expect(document.querySelector('.teach [lang="en"]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Commencer l’exercice : S’abstenir ou rester en dehors' }));
    expect(screen.getByRole('textbox', { name: 'Nom du scénario' })).toHaveValue('Exercice : S’abstenir ou rester en dehors');
    expect(screen.getByText('Pas encore résolu.')).toBeInTheDocument();
  });
});
