import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore } from '../../../src/state/store';
import VotesPanel from '../../../src/ui/votes/VotesPanel';
import { renderedDuring } from './renderedDuring';

beforeEach(resetStore);

const count = (names: readonly string[], name: string) => names.filter((n) => n === name).length;

describe('one Council votes filter changed', () => {
  it('redraws the filters and the list, not the member choices when another filter changes, nor the record beside them', async () => {
    const { container } = render(<VotesPanel />);
    const member = screen.getByRole('combobox', { name: 'Member' });
    const byMember = await renderedDuring(container, () => userEvent.selectOptions(member, 'PL'));
    await screen.findByText(/^\d[\d,]* votes? match(es)?$/);
    // The filters' member choice and the member's record below, which suggests the same member.
    expect(count(byMember, 'MemberSelect')).toBe(2);
    // (jsdom lays nothing out, so the list draws no rows here: the rows are VoteList.test.tsx's.)
    expect(byMember).toEqual(expect.arrayContaining(['VoteFilters', 'VoteList', 'ReportedVotesSection', 'MemberRecordSection']));
    expect(byMember).not.toEqual(expect.arrayContaining(['RecordAttribution']));
    expect(byMember).not.toEqual(expect.arrayContaining(['CouncilRecordSection']));

    const search = screen.getByLabelText('Search title or procedure code');
    const bySearch = await renderedDuring(container, () => userEvent.type(search, 'x'));
    expect(bySearch).toEqual(expect.arrayContaining(['VoteFilters', 'VoteList']));
    // Neither member choice: their fields are passed over when the search changes.
    expect(count(bySearch, 'MemberSelect')).toBe(0);
  });
});
