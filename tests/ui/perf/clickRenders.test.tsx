import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore } from '../../../src/state/store';
import { App } from '../../../src/ui/App';
import { renderedDuring } from './renderedDuring';

beforeEach(resetStore);

describe('one position set', () => {
  it('renders the member, the verdict and what reads the positions, not the header, the scenario bar, the library or the notices', async () => {
    const { container } = render(<App />);
    const germany = within(screen.getByRole('radiogroup', { name: 'Germany' }));
    const rendered = await renderedDuring(container, () => userEvent.click(germany.getByRole('radio', { name: 'No' })));
    // Only the member clicked: the other 26 rows keep their props and are skipped.
    expect(rendered.filter((n) => n === 'CountryVoteRow')).toHaveLength(1);
    // What reads the positions: the list, the verdict and its parts, the summary, the figures'
    // standing against the date (members counted who were not in the Council), undo.
    expect([...new Set(rendered)].sort()).toEqual(
      [
        'BlockingMinorityStatus',
        'ConditionBar',
        'CountryVoteRow',
        'DatasetSelect',
        'MarginList',
        'MemberList',
        'PeriodNotice',
        'PivotList',
        'UndoRedo',
        'VerdictPanel',
        'VerdictSummary',
      ].sort(),
    );
  });
});
