import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import { resetStore } from '../../src/state/store';

beforeEach(resetStore);

/** A lazy chunk: loaded once up front (transforming it can take seconds on a busy machine), then found quickly. */
beforeAll(() => import('../../src/ui/teach/TeachingPanel'), 30_000);
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
});
