/**
 * An analysis that fails unexpectedly (an engine exception, a worker that dies) still ends: its
 * section says so instead of searching forever, and nothing is thrown at the page.
 */
import { render, screen, waitFor } from '@testing-library/react';
import type { CountryCode } from '../../../src/core/rules/countries';
import { resetStore, useStore } from '../../../src/state/store';
import AnalysisPanel from '../../../src/ui/analysis/AnalysisPanel';

vi.mock('../../../src/core/analysis/whatItTakes', async (original) => ({
  ...(await original<typeof import('../../../src/core/analysis/whatItTakes')>()),
  whatItTakes: () => {
    throw new Error('Integer arithmetic overflow: 1e+16\n    at stack');
  },
}));

beforeEach(resetStore);
afterEach(() => vi.unstubAllGlobals());

const FAILED = 'This analysis stopped with an error: Integer arithmetic overflow: 1e+16';

function openWithUndecided() {
  useStore.getState().allPositionsSet('yes');
  for (const c of ['DE', 'FR']) useStore.getState().positionSet(c as CountryCode, 'no');
  useStore.getState().positionSet('PL' as CountryCode, 'undecided');
  render(<AnalysisPanel />);
}

const takesSection = () => screen.getByRole('region', { name: 'What it takes' });

describe('a failing analysis job', () => {
  it('ends its section with a message (on the main thread, without Worker support)', async () => {
    openWithUndecided();
    await waitFor(() => expect(takesSection()).toHaveTextContent(FAILED));
    expect(takesSection()).not.toHaveTextContent('Searching…');
    // The other analyses are not held up by it.
    await screen.findByText((_, el) => el?.tagName === 'P' && /^Of the 2 ways the 1 undecided member could vote/.test(el.textContent ?? ''));
  });

  it('ends its section with a message when the worker itself dies', async () => {
    class DyingWorker {
      onmessage: ((e: MessageEvent) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      onmessageerror: ((e: Event) => void) | null = null;
      postMessage() {
        setTimeout(() => this.onerror?.(new Event('error', { cancelable: true })), 0);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', DyingWorker);
    openWithUndecided();
    await waitFor(() => expect(takesSection()).toHaveTextContent(FAILED));
    expect(takesSection()).not.toHaveTextContent('Searching…');
  });
});
