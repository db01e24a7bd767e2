import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore } from '../../../src/state/store';
import { voteRecord } from '../../../src/core/votes/corpus';
import { agreement, contestedBy, partnersOf } from '../../../src/core/votes/councilRecord';
import { isContested } from '../../../src/core/votes/record';
import { PROTOCOL_ORDER, type CountryCode } from '../../../src/core/rules/countries';
import VotesPanel from '../../../src/ui/votes/VotesPanel';

beforeEach(resetStore);
/** Lazy chunk: loaded once up front (transforming it can take seconds on a busy machine). */
beforeAll(() => import('../../../src/ui/votes/CouncilRecordChart'), 30_000);
const LAZY = { timeout: 5_000 };

describe('the Council as a whole', () => {
  it('counts contested votes by year and ranks who votes with a chosen member, as the core does', async () => {
    const votes = voteRecord().votes;
    render(<VotesPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Show the Council as a whole' }));
    const contested = votes.filter(isContested).length;
    await screen.findByText(
      `${contested.toLocaleString('en')} of 1,438 votes were contested (at least one member against or abstaining).`,
      undefined,
      LAZY,
    );
    expect(screen.getByRole('img', { name: /^Bar chart: all votes and contested votes, By year/ })).toBeInTheDocument();
    const y2023 = contestedBy(votes).byYear.find((b) => b.key === '2023')!;
    expect(
      within(screen.getByRole('row', { name: /^2023 / }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([String(y2023.votes), String(y2023.contested)]);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Member to compare with the others' }), 'PL');
    const table = screen.getByRole('table', { name: 'How often each member voted as Poland on contested votes' });
    const members = PROTOCOL_ORDER.slice(0, PROTOCOL_ORDER.indexOf('UK') + 1) as readonly string[] as CountryCode[];
    const [first] = partnersOf(agreement(votes, members), 'PL' as CountryCode);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(members.length - 1);
    const cells = within(rows[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[1]).toBe(String(first!.votes));
    expect(cells[0]).toBe(`${((first!.same / first!.votes) * 100).toFixed(1)} %`);
  });
});
