import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/ui/App';
import { resetStore } from '../../../src/state/store';

beforeEach(resetStore);

const group = (name: string) => screen.getByRole('radiogroup', { name });
const choose = async (country: string, option: string) =>
  userEvent.click(within(group(country)).getByRole('radio', { name: option }));
const verdict = () => screen.getByRole('status').textContent ?? '';

describe('calculator screen', () => {
  it('shows one radio group per member with the five named options', () => {
    render(<App />);
    expect(screen.getAllByRole('radiogroup')).toHaveLength(27);
    const options = within(group('Czechia')).getAllByRole('radio').map((r) => r.getAttribute('value'));
    expect(options).toEqual(['yes', 'no', 'abstain', 'absent', 'undecided']);
    for (const name of ['Yes', 'No', 'Abstain', 'Not participating', 'Undecided']) {
      expect(within(group('Greece')).getByRole('radio', { name })).toBeInTheDocument();
    }
  });

  it('updates the verdict at once: the three most populous against is adopted, a fourth blocks', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    expect(verdict()).toMatch(/^Adopted/);
    await choose('Germany', 'No');
    await choose('France', 'No');
    await choose('Italy', 'No');
    expect(verdict()).toMatch(/^Adopted/);
    expect(screen.getByText(/The population condition is deemed met: .* a blocking minority needs at least 4 members\./)).toBeInTheDocument();
    await choose('Malta', 'No');
    expect(verdict()).toMatch(/^Not adopted/);
    expect(screen.getByText('Blocking minority formed')).toBeInTheDocument();
  });

  it('says Depends with undecided members, and marks pivotal members', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    expect(screen.queryByText(/Pivotal/)).not.toBeInTheDocument();
    expect(screen.getByText('No single member can change this verdict alone.')).toBeInTheDocument();
    await choose('Germany', 'No');
    await choose('France', 'No');
    await choose('Italy', 'No');
    await choose('Spain', 'Undecided');
    expect(verdict()).toMatch(/^Depends on the 1 undecided member/);
    expect(within(group('Spain').closest('li')!).getByText(/Pivotal/)).toBeInTheDocument();
  });

  it('sets positions from the keyboard and moves between members with the arrows', async () => {
    render(<App />);
    const belgiumUndecided = within(group('Belgium')).getByRole('radio', { name: 'Undecided' });
    belgiumUndecided.focus();
    await userEvent.keyboard('y');
    expect(within(group('Belgium')).getByRole('radio', { name: 'Yes' })).toBeChecked();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(group('Bulgaria')).getByRole('radio', { name: 'Undecided' })).toHaveFocus();
    await userEvent.keyboard('n');
    expect(within(group('Bulgaria')).getByRole('radio', { name: 'No' })).toBeChecked();
    await userEvent.keyboard('{ArrowUp}p');
    expect(within(group('Belgium')).getByRole('radio', { name: 'Not participating' })).toBeChecked();
  });

  it('changes rule and dataset, and shows the figures’ provenance and caution', async () => {
    render(<App />);
    const datasetSelect = screen.getByLabelText('Population figures');
    expect(within(datasetSelect).getAllByRole('option').map((o) => o.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('2025'), expect.stringContaining('2020'), expect.stringContaining('2016')]),
    );
    expect(screen.getByText(/Built from two-decimal percentages/)).toBeInTheDocument();
    await userEvent.selectOptions(datasetSelect, 'council-2020');
    expect(screen.queryByText(/Built from two-decimal percentages/)).not.toBeInTheDocument();
    expect(screen.getByText(/exact persons; confidence medium-high/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    await choose('Germany', 'Abstain');
    await userEvent.selectOptions(screen.getByLabelText('Voting rule'), 'unanimity');
    expect(verdict()).toMatch(/^Adopted/);
    await choose('Germany', 'No');
    expect(verdict()).toMatch(/^Not adopted/);
  });

  it('applies the justice and home affairs preset: Denmark not participating, 26-member thresholds', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'All yes' }));
    await userEvent.selectOptions(screen.getByLabelText('Participation'), 'jha');
    expect(within(group('Denmark')).getByRole('radio', { name: 'Not participating' })).toBeChecked();
    expect(verdict()).toMatch(/^Adopted/);
    expect(screen.getByText(/26 members of 26/)).toBeInTheDocument();
  });
});
