import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CountryCode } from '../../../src/core/rules/countries';
import { resetStore, useStore } from '../../../src/state/store';
import AnalysisPanel from '../../../src/ui/analysis/AnalysisPanel';

beforeEach(resetStore);

/** Everyone in favour but `against`. */
function vote(against: readonly string[]) {
  useStore.getState().allPositionsSet('yes');
  for (const c of against) useStore.getState().positionSet(c as CountryCode, 'no');
}

const probability = () => document.querySelector('.analysis__big')?.textContent;
const typeInto = async (label: string, text: string) => {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
};

/** Long figures pasted in one go: typing them key by key recomputes the analysis at each key. */
const pasteInto = async (label: string, text: string) => {
  await userEvent.clear(screen.getByLabelText(label));
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.paste(text);
};

describe('the analysis what-if', () => {
  it('custom thresholds change the probability: without the blocking clause DE, FR and IT block', async () => {
    vote(['DE', 'FR', 'IT']);
    render(<AnalysisPanel />);
    await waitFor(() => expect(probability()).toBe('100.00 %'));
    await userEvent.click(screen.getByLabelText('Custom thresholds'));
    // 55 / 65 / 15 / 4 is QMV: still adopted, but labelled as a what-if.
    await waitFor(() => expect(probability()).toBe('100.00 %'));
    expect(screen.getAllByText('What-if: custom thresholds.').length).toBeGreaterThanOrEqual(3);
    await typeInto('Blocking minority (members)', '0');
    await waitFor(() => expect(probability()).toBe('0.00 %'));
  });

  it('editing a population changes the result, is marked edited and can be reset', async () => {
    vote(['DE', 'FR', 'NL', 'BE']);
    render(<AnalysisPanel />);
    await waitFor(() => expect(probability()).toBe('0.00 %'));
    await userEvent.click(screen.getByText('Edit populations'));
    await typeInto('Population of Germany', '1000');
    await waitFor(() => expect(probability()).toBe('100.00 %'));
    expect(screen.getByText('edited')).toBeInTheDocument();
    expect(screen.getAllByText('What-if: 1 population edited.').length).toBeGreaterThanOrEqual(3);
    await userEvent.click(screen.getByRole('button', { name: 'Reset populations to the dataset' }));
    await waitFor(() => expect(probability()).toBe('0.00 %'));
    expect(screen.queryByText('edited')).toBeNull();
  });

  it('added candidates are undecided and labelled; the power view counts them', async () => {
    // DE, FR and IT against: only both candidates in favour keeps them below four members.
    vote(['DE', 'FR', 'IT']);
    render(<AnalysisPanel />);
    await userEvent.click(screen.getByLabelText('Montenegro'));
    await userEvent.click(screen.getByLabelText('Iceland'));
    expect(screen.getAllByText('What-if: 2 candidates added.').length).toBeGreaterThanOrEqual(3);
    await screen.findByText((_, el) => el?.tagName === 'P' && /^Of the 4 ways the 2 undecided members could vote.* 1 \(25\.0 %\) adopt/.test(el.textContent ?? ''));
    await userEvent.click(screen.getByRole('button', { name: 'Compute voting power' }));
    await screen.findByText(/^29 members: /, undefined, { timeout: 20_000 });
  }, 30_000);

  it('invalid input shows a specific message and computes nothing', async () => {
    vote([]);
    render(<AnalysisPanel />);
    await userEvent.click(screen.getByLabelText('Custom thresholds'));
    await typeInto('Member share %', '120');
    expect(screen.getByRole('alert')).toHaveTextContent('Member share must be between 0 and 100 % (got 120 %).');
    expect(screen.getByRole('button', { name: 'Compute voting power' })).toBeDisabled();
    expect(probability()).toBe('—');
    await userEvent.click(screen.getByText('Edit populations'));
    await typeInto('Member share %', '55');
    await typeInto('Population of France', '');
    expect(screen.getByRole('alert')).toHaveTextContent('Population of France is empty: type a whole number of persons.');
  });

  it('a population past 2,000,000,000 is refused beside each field, and no section keeps searching', async () => {
    vote(['DE', 'FR', 'IT']);
    render(<AnalysisPanel />);
    await waitFor(() => expect(probability()).toBe('100.00 %'));
    await userEvent.click(screen.getByText('Edit populations'));
    await pasteInto('Population of Germany', '99999999999999');
    await pasteInto('Population of France', '99999999999999');
    for (const name of ['Germany', 'France']) {
      const field = screen.getByLabelText(`Population of ${name}`);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(`Population of ${name} must be at most 2,000,000,000 persons (got 99,999,999,999,999).`);
    }
    expect(screen.getByLabelText('Population of Italy')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Population of Germany must be at most 2,000,000,000 persons');
    expect(probability()).toBe('—');
    expect(screen.queryByText(/Searching…|Counting…|Computing…/)).toBeNull();
    await pasteInto('Population of Germany', '2000000000');
    await pasteInto('Population of France', '1000');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(probability()).toMatch(/^\d+\.\d\d %$/));
  }, 20_000);
});
