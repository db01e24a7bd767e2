import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore } from '../../../src/state/store';
import { voteRecord } from '../../../src/core/votes/corpus';
import { filterVotes } from '../../../src/core/votes/filter';
import VotesPanel from '../../../src/ui/votes/VotesPanel';
import { layOutVoteList } from './listLayout';

const ROW = 100;
let restoreLayout: () => void;
beforeEach(() => {
  resetStore();
  restoreLayout = layOutVoteList({ box: 600, row: ROW });
});
afterEach(() => restoreLayout());

const list = () => screen.getByRole('list', { name: 'Matching votes' });
const rows = () => within(list()).getAllByRole('listitem');
/** Each row's place as a screen reader says it: "n of N". */
const places = () => rows().map((r) => `${r.getAttribute('aria-posinset')} of ${r.getAttribute('aria-setsize')}`);

async function scrollListTo(top: number) {
  const box = list().parentElement!;
  box.scrollTop = top;
  await act(async () => {
    fireEvent.scroll(box);
  });
}

describe('the virtual list of votes', () => {
  it('tells each row its place among all the matches, the count agreeing, before and after filtering', async () => {
    render(<VotesPanel />);
    expect(screen.getByText('1,438 votes match')).toHaveAttribute('aria-live', 'polite');
    expect(places().slice(0, 3)).toEqual(['1 of 1438', '2 of 1438', '3 of 1438']);
    expect(rows().length).toBeLessThan(15);

    await userEvent.type(screen.getByLabelText('Search title or procedure code'), 'climate');
    const climate = filterVotes(voteRecord().votes, { text: 'climate' }).length;
    expect(climate).toBeGreaterThan(1);
    await screen.findByText(`${climate} votes match`);
    expect(places()).toEqual(Array.from({ length: Math.min(climate, rows().length) }, (_, i) => `${i + 1} of ${climate}`));
  });

  it('draws the rows scrolled to, newest first, and keeps a focused row in the page when it scrolls away', async () => {
    render(<VotesPanel />);
    const newestFirst = [...voteRecord().votes].reverse();
    await scrollListTo(1000 * ROW);
    const far = rows()[2]!;
    const place = Number(far.getAttribute('aria-posinset'));
    expect(place).toBeGreaterThan(700);
    const open = within(far).getByRole('button', {
      name: new RegExp(`^Open as scenario: vote ${newestFirst[place - 1]!.id} of `),
    });
    act(() => open.focus());
    await scrollListTo(0);
    expect(places()[0]).toBe('1 of 1438');
    expect(open).toBeInTheDocument();
    expect(open).toHaveFocus();
    expect(places().at(-1)).toBe(`${place} of 1438`);
  });
});
