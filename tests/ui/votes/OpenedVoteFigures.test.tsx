/**
 * A vote opened with figures the user added: the table of its date among all they have, said
 * beside the verdict (and in the vote's panel once the screen leaves it); and Croatia's absence before July 2013 said once.
 */
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addedDatasetOf } from '../../../src/core/data/annexFigures';
import { DATASETS } from '../../../src/core/data/datasets';
import { findVote } from '../../../src/core/votes/corpus';
import { voteScenario } from '../../../src/core/votes/voteScenario';
import { resetStore, useStore } from '../../../src/state/store';
import { PeriodNotice } from '../../../src/ui/figures/PeriodNotice';
import { RecordedOutcome } from '../../../src/ui/votes/RecordedOutcome';
import VotesPanel from '../../../src/ui/votes/VotesPanel';

beforeEach(resetStore);
beforeAll(
  () => Promise.all([import('../../../src/ui/votes/OpenedReportedVote'), import('../../../src/ui/votes/OpenedVote')]),
  30_000,
);
const LAZY = { timeout: 5_000 };

/** A 2024 table as the user adds it. Test figures (the fictitious 2031 annex), not the real 2024 table. */
function add2024() {
  const r = addedDatasetOf(
    readFileSync('tests/fixtures/annex/fictitious-2031-en.txt', 'utf8'),
    { from: '2024-01-01', decision: 'Council Decision (test)', addedOn: '2024-01-02' },
    DATASETS,
  );
  if (!r.ok) throw new Error(r.error.message);
  useStore.getState().figuresAdded(r.value);
}

describe('a vote opened with figures the user added', () => {
  it('the nature restoration vote opens on the added 2024 table, in force; the share is compared on the same table', async () => {
    add2024();
    render(
      <>
        <PeriodNotice />
        <RecordedOutcome />
        <VotesPanel />
      </>,
    );
    const section = screen.getByRole('region', { name: 'Reported in the press since the record, 2024–2026' });
    await userEvent.click(within(section).getByText('Show the reported votes that match'));
    await userEvent.type(screen.getByLabelText('Search title or procedure code'), 'nature');
    await userEvent.click(
      await within(section).findByRole('button', { name: /^Open as scenario: vote reported on 17 Jun 2024/ }),
    );
    expect(useStore.getState().scenario).toMatchObject({ datasetId: 'added-2024-01-01', date: '2024-06-17' });
    const opened = await screen.findByRole('region', { name: 'Vote reported in the press, 17 Jun 2024' }, LAZY);
    // On the vote's own figures and date, the table is named once: beside the verdict.
    expect(screen.getByRole('note').textContent).toBe(
      'Figures in force on 17 June 2024: Council 2024 (EU-27), added by you.',
    );
    expect(opened.textContent).not.toContain('Population figures:');
    // Same table as the published share, but these test figures give 66.50 %: not called rounding.
    expect(opened.textContent).toContain(
      'Ours rests on Council 2024 (EU-27), added by you, the table in force that day, as the published share does, yet differs by 0.43 points — more than rounding',
    );
    expect(opened.textContent).not.toMatch(/its rounding|which the app does not have/);
  });

  it('before July 2013, Croatia’s absence is said once, beside the verdict; the panel keeps the caveat on the population check', async () => {
    useStore.getState().presetOpened(voteScenario(findVote('266')!)!.scenario, 'vote-266');
    const { container } = render(
      <>
        <PeriodNotice />
        <RecordedOutcome />
      </>,
    );
    const opened = await screen.findByRole('region', { name: /^Recorded vote 266 of / }, LAZY);
    expect(container.querySelector('#period-notice-title')?.textContent).toMatch(
      /Croatia was not a member of the Council on 15 February 2010: not participating\.$/,
    );
    expect(container.textContent?.match(/not (yet )?a member/g)).toHaveLength(1);
    expect(opened.textContent).toContain(
      'The weighted votes are exact. The population check is only approximate: these figures count Croatia in the Union’s population.',
    );
    // Once the screen leaves the vote's date, the line beside the verdict no longer says it: the panel does.
    act(() => useStore.getState().dateChosen('2016-06-01'));
    expect(screen.getByRole('note').textContent).toBe(
      'Figures in force on 1 June 2016: Council 2016 (EU-28 with the United Kingdom).',
    );
    expect(opened.textContent).toContain('Croatia not yet a member: shown as not participating.');
    expect(container.textContent?.match(/not (yet )?a member/g)).toHaveLength(1);
  });
});
