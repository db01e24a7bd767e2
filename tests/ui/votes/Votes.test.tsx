import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore, useStore } from '../../../src/state/store';
import { voteRecord } from '../../../src/core/votes/corpus';
import { filterVotes } from '../../../src/core/votes/filter';
import type { CountryCode } from '../../../src/core/rules/countries';
import VotesPanel from '../../../src/ui/votes/VotesPanel';
import { RecordedOutcome } from '../../../src/ui/votes/RecordedOutcome';
import { layOutVoteList } from './listLayout';

beforeEach(resetStore);
let restoreLayout: () => void;
beforeEach(() => (restoreLayout = layOutVoteList()));
afterEach(() => restoreLayout());
/** Lazy chunk: loaded once up front (transforming it can take seconds on a busy machine). */
beforeAll(() => import('../../../src/ui/votes/OpenedVote'), 30_000);
const LAZY = { timeout: 5_000 };

describe('the Council votes panel', () => {
  it('filters by a member’s vote, counts, and opens a vote as a scenario beside its recorded outcome', async () => {
    render(
      <>
        <RecordedOutcome />
        <VotesPanel />
      </>,
    );
    expect(screen.getByText('1,438 votes match')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Council of the EU public voting data, extract by SWP, doi:10\.7802\/2560\. Licence: CC BY 4\.0/,
      ),
    ).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Member' }), 'HU');
    const hungaryAgainst = filterVotes(voteRecord().votes, { member: 'HU' as CountryCode, memberVote: 'no' }).length;
    await screen.findByText(`${hungaryAgainst} votes match`);
    // Only the rows in view (and a few beyond) are in the page, each telling its place among all.
    const rows = within(screen.getByRole('list', { name: 'Matching votes' })).getAllByRole('listitem');
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(rows[0]).toHaveAttribute('aria-setsize', String(hungaryAgainst));

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await userEvent.type(screen.getByLabelText('Search title or procedure code'), '2021/0197(COD)');
    await screen.findByText('1 vote matches');
    await userEvent.click(screen.getByRole('button', { name: /^Open as scenario: vote 4818 of 28 Mar 2023$/ }));
    const s = useStore.getState();
    expect(s.presetId).toBe('vote-4818');
    expect(s.scenario).toMatchObject({
      datasetId: 'council-2022',
      rule: 'qmv',
      positions: { PL: 'no', BG: 'abstain', IT: 'abstain', RO: 'abstain', DE: 'yes' },
    });
    expect(s.scenario.name).toMatch(/^2023-03-28: REGULATION/);
    await screen.findByText('Recorded outcome: adopted.', undefined, LAZY);
    expect(screen.getByText('Our verdict under Qualified majority: adopted.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Recorded vote 4818 of 28 Mar 2023' })).toBeInTheDocument(),
    );
  });
});
