import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';
import { resetStore, useStore } from '../../../src/state/store';

beforeEach(resetStore);

const verdict = () => screen.getByRole('status').textContent ?? '';
const map = () => screen.getByRole('group', { name: 'Map of the member states' });
const tile = (name: string) => within(map()).getByRole('button', { name: new RegExp(`^${name}: `) });

async function showMap() {
  render(<App />);
  await userEvent.click(screen.getByRole('button', { name: 'Map' }));
  // The map's code loads on demand, the first time it is chosen.
  await screen.findByRole('group', { name: 'Map of the member states' });
}

describe('map view', () => {
  it('switches between list and map; the radio groups stay in the list only', async () => {
    await showMap();
    expect(screen.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    expect(within(map()).getAllByRole('button')).toHaveLength(27);
    expect(tile('Germany')).toHaveAccessibleName('Germany: Undecided');
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getAllByRole('radiogroup')).toHaveLength(27);
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('cycles a tile on click: yes, no, abstain, not participating, undecided', async () => {
    await showMap();
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      await userEvent.click(tile('Malta'));
      names.push(tile('Malta').getAttribute('aria-label') ?? '');
    }
    expect(names).toEqual(['Malta: Yes', 'Malta: No', 'Malta: Abstain', 'Malta: Not participating', 'Malta: Undecided']);
  });

  it('sets positions with Y N A P U and moves with the arrows, one tab stop for the map', async () => {
    await showMap();
    const tabbable = within(map()).getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(tabbable.map((b) => b.getAttribute('aria-label'))).toEqual(['Sweden: Undecided']);
    tile('Germany').focus();
    await userEvent.keyboard('n');
    expect(tile('Germany')).toHaveAccessibleName('Germany: No');
    await userEvent.keyboard('{ArrowRight}');
    expect(tile('Poland')).toHaveFocus();
    await userEvent.keyboard('p');
    expect(useStore.getState().scenario.positions.PL).toBe('absent');
    await userEvent.keyboard('{ArrowDown}');
    expect(tile('Slovakia')).toHaveFocus();
    expect(tile('Slovakia').tabIndex).toBe(0);
  });

  it('marks pivotal members with ◆ and says so to screen readers', async () => {
    await showMap();
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    for (const name of ['Germany', 'France', 'Italy']) {
      tile(name).focus();
      await userEvent.keyboard('n');
    }
    tile('Spain').focus();
    await userEvent.keyboard('u');
    expect(verdict()).toMatch(/^Depends/);
    expect(tile('Spain')).toHaveTextContent('◆');
    expect(tile('Spain')).toHaveAccessibleDescription('Pivotal: switching this member alone would change the verdict.');
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    expect(within(map()).queryByText('◆')).not.toBeInTheDocument();
  });

  it('shows the population split with its thresholds', async () => {
    await showMap();
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    tile('Germany').focus();
    await userEvent.keyboard('n');
    const caption = screen.getByText('Population in favour:').closest('figcaption')!;
    expect(caption).toHaveTextContent('Population in favour: 81.5 % (needs 65 %)');
    expect(caption).toHaveTextContent('Not in favour: 18.5 % (a blocking minority needs more than 35 %)');
  });
});
