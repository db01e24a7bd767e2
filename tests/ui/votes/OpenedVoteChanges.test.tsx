/**
 * An opened vote's panel says exactly what the screen has changed from the vote — positions,
 * figures (both tables named), date, rule — each only when it is so, in English, French and
 * German; and a reported vote's table is named once, beside the verdict, while on its figures.
 */
import { act, render, screen } from '@testing-library/react';
import { findVote } from '../../../src/core/votes/corpus';
import { findReported } from '../../../src/core/votes/reportedCorpus';
import { reportedScenario } from '../../../src/core/votes/reportedScenario';
import { voteScenario } from '../../../src/core/votes/voteScenario';
import type { CountryCode } from '../../../src/core/rules/countries';
import { loadCatalogue } from '../../../src/i18n/locales';
import { resetStore, useStore } from '../../../src/state/store';
import { PeriodNotice } from '../../../src/ui/figures/PeriodNotice';
import { RecordedOutcome } from '../../../src/ui/votes/RecordedOutcome';

beforeEach(resetStore);
beforeAll(
  () => Promise.all([import('../../../src/ui/votes/OpenedReportedVote'), import('../../../src/ui/votes/OpenedVote')]),
  30_000,
);
const LAZY = { timeout: 5_000 };
const POSITIONS = 'The positions on screen have been changed since the vote was opened.';

/** Vote 4818 (28 Mar 2023, QMV) opened on its figures (Council 2022, the nearest); its panel. */
async function open4818() {
  useStore.getState().presetOpened(voteScenario(findVote('4818')!)!.scenario, 'vote-4818');
  render(
    <>
      <PeriodNotice />
      <RecordedOutcome />
    </>,
  );
  return screen.findByRole('region', { name: /^Recorded vote 4818 of / }, LAZY);
}

const changes = (panel: HTMLElement) => panel.querySelector('.opened-vote__edited')?.textContent ?? null;

describe('what the screen has changed from an opened vote', () => {
  it('says nothing while the screen is the vote as opened', async () => {
    expect(changes(await open4818())).toBeNull();
  });

  it('another table only: names both tables, and does not say the positions changed', async () => {
    const panel = await open4818();
    act(() => useStore.getState().datasetChosen('council-2020'));
    expect(changes(panel)).toBe(
      'The population figures on screen are Council 2020 (EU-27, from 1 February 2020); the vote’s are Council 2022 (EU-27).',
    );
  });

  it('another date: the date and the table of that date, positions kept', async () => {
    const panel = await open4818();
    act(() => useStore.getState().dateChosen('2016-06-01'));
    const text = changes(panel)!;
    expect(text).toContain('The date on screen is 1 Jun 2016; the vote’s is 28 Mar 2023.');
    expect(text).toContain(
      'The population figures on screen are Council 2016 (EU-28 with the United Kingdom); the vote’s are Council 2022 (EU-27).',
    );
    expect(text).not.toContain(POSITIONS);
    act(() => useStore.getState().dateChosen(''));
    expect(changes(panel)).toContain('The scenario on screen has no date; the vote’s is 28 Mar 2023.');
  });

  it('another rule, then a position: each said, and only those', async () => {
    const panel = await open4818();
    act(() => useStore.getState().ruleChosen('simple'));
    expect(changes(panel)).toBe(
      'The rule on screen is Simple majority; the vote is evaluated under Qualified majority.',
    );
    act(() => useStore.getState().ruleChosen('qmv'));
    const { positions } = useStore.getState().scenario;
    act(() => useStore.getState().positionSet('DE' as CountryCode, positions.DE === 'no' ? 'yes' : 'no'));
    expect(changes(panel)).toBe(POSITIONS);
  });

  it('in French and German', async () => {
    await Promise.all([loadCatalogue('fr'), loadCatalogue('de')]);
    const panel = await open4818();
    act(() => {
      useStore.getState().datasetChosen('council-2020');
      useStore.getState().ruleChosen('simple');
      useStore.getState().localeChosen('fr');
    });
    expect(changes(panel)).toMatch(
      /^Les chiffres de population à l’écran sont Conseil 2020 .* ; ceux du vote : Conseil 2022.*\. La règle à l’écran est : Majorité simple ; le vote est évalué selon : Majorité qualifiée\.$/,
    );
    act(() => useStore.getState().localeChosen('de'));
    expect(changes(panel)).toMatch(
      /^Die Bevölkerungszahlen auf dem Bildschirm sind .*2020.*; die der Abstimmung: .*2022.*\. Die Regel auf dem Bildschirm ist: Einfache Mehrheit; die Abstimmung wird bewertet nach: Qualifizierte Mehrheit\.$/,
    );
  });
});

describe('a reported vote’s table, named once', () => {
  it('beside the verdict while on its figures; in its panel once the screen is on another table', async () => {
    const vs = reportedScenario(findReported('2026-01-09-eu-mercosur')!)!;
    useStore.getState().presetOpened(vs.scenario, 'reported-2026-01-09-eu-mercosur');
    const { container } = render(
      <>
        <PeriodNotice />
        <RecordedOutcome />
      </>,
    );
    const panel = await screen.findByRole('region', { name: 'Vote reported in the press, 9 Jan 2026' }, LAZY);
    expect(screen.getByRole('note').textContent).toContain('Council 2025 (EU-27)');
    expect(panel.textContent).not.toContain('Population figures:');
    expect(changes(panel)).toBeNull();
    act(() => useStore.getState().datasetChosen('council-2020'));
    expect(panel.textContent).toContain(
      'Population figures: Council 2025 (EU-27), the nearest the app has — not the figures in force on 9 Jan 2026.',
    );
    expect(changes(panel)).toBe(
      'The population figures on screen are Council 2020 (EU-27, from 1 February 2020); the vote’s are Council 2025 (EU-27).',
    );
    expect(container.textContent).not.toContain(POSITIONS);
  });
});
