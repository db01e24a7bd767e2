import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';
import { resetStore, useStore } from '../../../src/state/store';

beforeEach(resetStore);

const group = (name: string) => screen.getByRole('radiogroup', { name });

async function showTable() {
  render(<App />);
  await userEvent.click(screen.getByRole('button', { name: 'Table' }));
  // The table's code loads on demand, the first time it is chosen.
  await screen.findAllByRole('radiogroup');
}

describe('compact table view', () => {
  it('has the list view’s radio groups and names, and keeps the focus on the switch', async () => {
    await showTable();
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveFocus();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(27);
    expect(within(group('Germany')).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['yes', 'no', 'abstain', 'absent', 'undecided']);
    for (const name of ['Yes', 'No', 'Abstain', 'Not participating', 'Undecided']) expect(within(group('Germany')).getByRole('radio', { name })).toBeInTheDocument();
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('sets positions with a click and with Y N A P U, and moves with ↑ ↓', async () => {
    await showTable();
    await userEvent.click(within(group('Malta')).getByRole('radio', { name: 'No' }));
    expect(useStore.getState().scenario.positions.MT).toBe('no');
    within(group('Belgium')).getByRole('radio', { name: 'Undecided' }).focus();
    await userEvent.keyboard('y');
    expect(useStore.getState().scenario.positions.BE).toBe('yes');
    await userEvent.keyboard('{ArrowDown}');
    expect(within(group('Bulgaria')).getByRole('radio', { name: 'Undecided' })).toHaveFocus();
    await userEvent.keyboard('p');
    expect(useStore.getState().scenario.positions.BG).toBe('absent');
    expect(within(group('Bulgaria')).getByRole('radio', { name: 'Not participating' })).toHaveFocus();
  });

  it('marks the pivotal members and opens a member’s note from its marker', async () => {
    await showTable();
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    await userEvent.click(within(group('Germany')).getByRole('radio', { name: 'No' }));
    await userEvent.click(within(group('France')).getByRole('radio', { name: 'No' }));
    await userEvent.click(within(group('Italy')).getByRole('radio', { name: 'No' }));
    // Three large members cannot block: a fourth one switching to no would.
    expect(screen.getAllByText('Pivotal').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Add note on Spain' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Note on Spain' }), 'reservation{Enter}');
    expect(useStore.getState().scenario.memberNotes?.ES).toEqual({ text: 'reservation', position: 'yes' });
    expect(screen.getByRole('button', { name: 'Edit note on Spain' })).toHaveAttribute('title', 'reservation');
  });
});
