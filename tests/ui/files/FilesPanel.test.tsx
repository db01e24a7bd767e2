import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilesSection } from '../../../src/ui/files/FilesSection';
import { resetStore, useStore } from '../../../src/state/store';

beforeEach(resetStore);

// Recharts measures its container, which jsdom does not lay out: the table carries the figures.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

describe('the files section', () => {
  it('shows the CSA Regulation as four dated snapshots with their figures, what moved, and opens a snapshot', async () => {
    const { container } = render(<FilesSection />);
    await userEvent.click(screen.getByText('Files followed over time'));
    const table = await screen.findByRole('table', { name: /Each snapshot’s figures/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['20 June 2024', '1 October 2024', '8 October 2025', '26 November 2025']);
    expect(within(rows[0]!).getByText('Formed')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Adopted')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('23 of 27')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Timeline chart/ })).toBeInTheDocument();

    const moved = screen.getByRole('region', { name: 'What moved' });
    expect(within(moved).getByText('Between 8 October 2025 and 26 November 2025')).toBeInTheDocument();
    const de = within(moved).getByText('Germany: No → Yes').closest('li')!;
    expect(within(de).getByText('changed the verdict')).toBeInTheDocument();
    expect(within(moved).getByText('Netherlands: No → Abstain').closest('li')).toHaveTextContent('Abstention announced by the Dutch government');

    await userEvent.click(screen.getByText('Compare any two snapshots'));
    const compared = screen.getByRole('region', { name: 'What moved between the two' });
    expect(within(compared).getByText('Between 20 June 2024 and 26 November 2025')).toBeInTheDocument();
    expect(within(compared).getByText('Verdict: Not adopted → Adopted.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'From' }), '8 October 2025');
    expect(within(screen.getByRole('region', { name: 'What moved between the two' })).getByText('Between 8 October 2025 and 26 November 2025')).toBeInTheDocument();

    await userEvent.click(within(rows[1]!).getByRole('button', { name: 'Open the snapshot of 1 October 2024 as a scenario' }));
    expect(useStore.getState().scenario.positions.NL).toBe('abstain');
    expect(useStore.getState().presetId).toBe('csa-2024-10-early');
    expect(container.querySelector('select')).toHaveValue('csa-regulation');
  }, 30_000);

  it('shows a user’s file, removes a snapshot and deletes the file, each undone', async () => {
    const s = useStore.getState();
    s.snapshotAdded({ name: 'My file' }, '2025-02-01');
    s.snapshotAdded({ fileId: useStore.getState().files[0]!.id }, '2025-03-01');
    render(<FilesSection />);
    await userEvent.click(screen.getByText('Files followed over time'));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'File' }), 'My file (2 snapshots)');
    await userEvent.click(screen.getByRole('button', { name: 'Remove the snapshot of 1 February 2025 from this file' }));
    expect(useStore.getState().files[0]!.snapshots.map((x) => x.date)).toEqual(['2025-03-01']);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useStore.getState().files[0]!.snapshots.map((x) => x.date)).toEqual(['2025-02-01', '2025-03-01']);
    const nameBox = screen.getByRole('textbox', { name: 'Name of the file' });
    expect(nameBox).toHaveValue('My file');
    await userEvent.clear(nameBox);
    await userEvent.tab();
    expect(nameBox).toHaveValue('My file');
    await userEvent.type(nameBox, ' (Coreper){Enter}');
    expect(useStore.getState().files[0]!.name).toBe('My file (Coreper)');
    await userEvent.click(screen.getByRole('button', { name: 'Delete this file' }));
    expect(useStore.getState().files).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('File “My file (Coreper)” deleted.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useStore.getState().files.map((d) => d.name)).toEqual(['My file (Coreper)']);
  }, 30_000);
});
