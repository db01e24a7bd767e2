import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';
import { resetStore, useStore } from '../../../src/state/store';

beforeEach(resetStore);

/** A lazy chunk: loaded once up front (transforming it can take seconds on a busy machine), then found quickly. */
beforeAll(() => import('../../../src/ui/present/PresentationMode'), 30_000);
const LAZY = { timeout: 5_000 };

describe('presentation mode (jsdom: no Fullscreen API, so the overlay fallback)', () => {
  it('replaces the editing screen, keeps one status, and leaves with Escape', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Note on this scenario' }), 'private: Coreper tactics');
    await userEvent.click(screen.getByRole('button', { name: 'Presentation mode' }));
    const map = await screen.findByRole('group', { name: 'Map of the member states' }, LAZY);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(/^Adopted/);
    expect(screen.queryByText(/Coreper tactics/)).not.toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    expect(within(map).getByRole('button', { name: 'Sweden: Yes' })).toHaveFocus();
    await userEvent.keyboard('n');
    expect(useStore.getState().scenario.positions.SE).toBe('no');
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Presentation mode' }, LAZY)).toHaveFocus();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(27);
  });

  it('opens with F2 and steps through saved scenarios with Page Down and Page Up', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    useStore.getState().scenarioSaved('First: all yes');
    await userEvent.click(screen.getByRole('button', { name: 'All no' }));
    useStore.getState().scenarioSaved('Second: all no');
    await userEvent.keyboard('{F2}');
    await screen.findByRole('group', { name: 'Map of the member states' }, LAZY);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Second: all no');
    expect(screen.getByRole('status')).toHaveTextContent(/^Not adopted/);
    await userEvent.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('First: all yes');
    expect(screen.getByRole('status')).toHaveTextContent(/^Adopted/);
    expect(screen.getByText(/2 \/ 2/)).toBeInTheDocument();
    await userEvent.keyboard('{PageUp}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Second: all no');
  });
});
