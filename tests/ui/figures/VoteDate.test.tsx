import { act, fireEvent, render, screen } from '@testing-library/react';
import { restoreScenario } from '../../../src/core/scenario/scenarioGate';
import { resetStore, useStore } from '../../../src/state/store';
import { PeriodNotice } from '../../../src/ui/figures/PeriodNotice';
import { VoteDateInput } from '../../../src/ui/figures/VoteDateInput';

beforeEach(resetStore);

const field = () => screen.getByLabelText('Date of the vote') as HTMLInputElement;
const said = () => document.getElementById('period-notice-title')?.textContent ?? '';

describe('the date of the vote on screen', () => {
  it('a whole day switches the figures; the statement beside the verdict follows', () => {
    render(
      <>
        <VoteDateInput />
        <PeriodNotice now={new Date('2025-06-01T10:00:00')} />
      </>,
    );
    fireEvent.change(field(), { target: { value: '2019-06-01' } });
    expect(useStore.getState().scenario.datasetId).toBe('council-2016');
    expect(said()).toMatch(/^⚠ No figures for 1 June 2019 in the app: using Council 2016/);
    fireEvent.change(field(), { target: { value: '2025-03-01' } });
    expect(useStore.getState().scenario.datasetId).toBe('council-2025');
    expect(said()).toBe('Figures in force on 1 March 2025: Council 2025 (EU-27).');
  });

  it('a day out of range is kept in the field, marked, and changes nothing; leaving it empty removes the date', () => {
    render(<VoteDateInput />);
    const before = useStore.getState().scenario;
    fireEvent.change(field(), { target: { value: '1999-01-01' } });
    expect(field().value).toBe('1999-01-01');
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('a day from 1 January 2007 to 31 December 2100')).toBeInTheDocument();
    expect(useStore.getState().scenario).toBe(before);
    fireEvent.blur(field());
    expect(field().value).toBe(before.date);
    fireEvent.change(field(), { target: { value: '' } });
    fireEvent.blur(field());
    expect(useStore.getState().scenario.date).toBeUndefined();
    expect(useStore.getState().scenario.datasetId).toBe(before.datasetId);
    expect(screen.getByText('no date set')).toBeInTheDocument();
  });

  it('an old scenario without a date says so and keeps its figures', () => {
    const old = restoreScenario({ datasetId: 'council-2020', rule: 'qmv', positions: {} });
    if (!old.ok) throw new Error(old.error.message);
    useStore.getState().presetOpened(old.value, 'old');
    render(
      <>
        <VoteDateInput />
        <PeriodNotice now={new Date('2025-06-01T10:00:00')} />
      </>,
    );
    expect(field().value).toBe('');
    expect(screen.getByText('no date set')).toBeInTheDocument();
    expect(said()).toBe('No date of the vote set: the verdict rests on Council 2020 (EU-27, from 1 February 2020) (applied 1 February 2020 – 31 December 2020).');
    expect(useStore.getState().scenario.datasetId).toBe('council-2020');
  });

  it('undo brings the field back to the date before', () => {
    render(<VoteDateInput />);
    const today = field().value;
    fireEvent.change(field(), { target: { value: '2019-06-01' } });
    act(() => useStore.getState().undone());
    expect(field().value).toBe(today);
  });
});
