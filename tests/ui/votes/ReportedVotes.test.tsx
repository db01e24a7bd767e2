import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore, useStore } from '../../../src/state/store';
import VotesPanel from '../../../src/ui/votes/VotesPanel';
import { RecordedOutcome } from '../../../src/ui/votes/RecordedOutcome';

beforeEach(resetStore);
/** Lazy chunk: loaded once up front (transforming it can take seconds on a busy machine). */
beforeAll(() => import('../../../src/ui/votes/OpenedReportedVote'), 30_000);
const LAZY = { timeout: 5_000 };

/** The panel with the reported votes shown (their count is shown at once, the votes on request). */
async function renderPanel() {
  render(
    <>
      <RecordedOutcome />
      <VotesPanel />
    </>,
  );
  const section = screen.getByRole('region', { name: 'Reported in the press since the record, 2024–2026' });
  expect(within(section).queryByRole('listitem')).toBeNull();
  await userEvent.click(within(section).getByText('Show the reported votes that match'));
  await within(section).findAllByRole('listitem');
  return section;
}

describe('votes reported in the press, in the Council votes panel', () => {
  it('lists them apart from the record, marked, with positions, reported outcome, sources and confidence', async () => {
    const section = await renderPanel();
    expect(within(section).getByText('5 reported votes match')).toBeInTheDocument();
    // The record keeps its own count: the reported votes are not mixed into it.
    expect(screen.getByText('1,438 votes match')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Search title or procedure code'), 'Mercosur');
    await within(section).findByText('1 reported vote matches');
    const item = within(section).getByRole('listitem');
    expect(within(item).getByText('Reported in the press')).toBeInTheDocument();
    expect(item.textContent).toMatch(/Against: Ireland, France, Hungary, Austria,? and Poland/);
    expect(item.textContent).toContain('Abstained: Belgium');
    expect(item.textContent).toContain('The others in favour, as the reported number confirms.');
    expect(within(item).getByText('Reported outcome: adopted, 21 in favour.')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Sky TG24 (Italian): “[Mercosur–EU agreement: what it provides]”' })).toHaveAttribute(
      'href',
      'https://tg24.sky.it/mondo/2026/01/09/mercosur-ue-accordo-cosa-prevede',
    );
    expect(item.textContent).toContain('what it provides]”, 9 January 2026 (positions and outcome)');
    expect(item.textContent).toContain('confidence medium');

    await userEvent.click(within(item).getByRole('button', { name: /^Open as scenario: vote reported on 9 Jan 2026/ }));
    const s = useStore.getState();
    expect(s.presetId).toBe('reported-2026-01-09-eu-mercosur');
    expect(s.scenario).toMatchObject({
      datasetId: 'council-2025',
      rule: 'qmv',
      positions: { FR: 'no', PL: 'no', AT: 'no', IE: 'no', HU: 'no', BE: 'abstain', IT: 'yes', DE: 'yes' },
    });
    const opened = await screen.findByRole('region', { name: 'Vote reported in the press, 9 Jan 2026' }, LAZY);
    expect(opened.textContent).toContain(
      'Reported outcome: adopted, 21 in favour. Our verdict under Qualified majority: adopted.',
    );
    // On the vote's figures and date the line beside the verdict names the table; the panel does not repeat it.
    expect(opened.textContent).not.toContain('Population figures:');
    expect(within(opened).getByRole('link', { name: /^Agroportal \(Portuguese\)/ })).toBeInTheDocument();
  });

  it('filters them by a member’s vote and by date, like the record', async () => {
    const section = await renderPanel();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Member' }), 'BG');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Its vote' }), 'abstain');
    await within(section).findByText('2 reported votes match');
    await userEvent.type(screen.getByLabelText('From date'), '2026-01-01');
    await within(section).findByText('1 reported vote matches');
    expect(within(section).getByRole('listitem').textContent).toContain('Regulation phasing out Russian gas imports');
  });

  it('says the 2040 target was a general approach and sets the published 81.9 % beside our 81.86 % on the same figures', async () => {
    const section = await renderPanel();
    await userEvent.type(screen.getByLabelText('Search title or procedure code'), 'climate');
    await within(section).findByText('1 reported vote matches');
    expect(
      within(section).getByText(/^General approach: the Council’s negotiating position, not the final adoption/),
    ).toBeInTheDocument();
    await userEvent.click(
      within(section).getByRole('button', { name: /^Open as scenario: vote reported on 5 Nov 2025/ }),
    );
    const opened = await screen.findByRole('region', { name: 'Vote reported in the press, 5 Nov 2025' }, LAZY);
    expect(opened.textContent).toContain('Reported outcome: agreed (general approach), 21 in favour.');
    const shares = within(opened).getByRole('table', { name: 'Population in favour' });
    expect(within(shares).getByRole('row', { name: /^Published at the time/ }).textContent).toMatch(
      /81\.90 %.*Annex III figures for 2025/,
    );
    expect(within(shares).getByRole('row', { name: /^Ours/ }).textContent).toMatch(/81\.86 %.*Council 2025/);
    expect(opened.textContent).toContain(
      'Same figures as the published share: ours differs by 0.04 points, its rounding.',
    );
  });

  it('explains the nature restoration share by the figures: the 2024 table is not in the app', async () => {
    const section = await renderPanel();
    await userEvent.type(screen.getByLabelText('Search title or procedure code'), 'nature');
    await userEvent.click(
      await within(section).findByRole('button', { name: /^Open as scenario: vote reported on 17 Jun 2024/ }),
    );
    const opened = await screen.findByRole('region', { name: 'Vote reported in the press, 17 Jun 2024' }, LAZY);
    expect(opened.textContent).toMatch(/66\.07 %.*Annex III figures for 2024 \(EU-27\)/);
    expect(opened.textContent).toMatch(/66\.09 %.*Council 2025 \(EU-27\)/);
    expect(opened.textContent).toContain(
      'The published share rests on Annex III figures for 2024 (EU-27), which the app does not have; ours on Council 2025 (EU-27), the nearest: the difference of 0.02 points comes from the figures.',
    );
  });

  it('says where the statistics are shown that they count the record alone', () => {
    render(<VotesPanel />);
    const member = screen.getByRole('region', { name: 'A member’s record' });
    expect(within(member).getByText(/^Counted from the Council’s record, 2010–2023, alone/)).toBeInTheDocument();
    const council = screen.getByRole('region', { name: 'The Council as a whole' });
    expect(within(council).getByText(/^Counted from the Council’s record, 2010–2023, alone/)).toBeInTheDocument();
  });
});
