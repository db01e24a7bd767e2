/**
 * The analysis panel: exact undecided paths, probability of adoption and voting power, computed
 * in a worker while the page stays usable.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

const choose = (page: Page, country: string, option: string) =>
  page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true }).check();

async function openAnalysis(page: Page) {
  await page.getByText('Analysis: what it takes, undecided paths, probability, voting power').click();
  await page.getByRole('heading', { name: 'Voting power' }).waitFor();
}

describe('analysis', () => {
  it('counts the undecided paths and the probability of adoption exactly', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    for (const c of ['Germany', 'France', 'Italy']) await choose(page, c, 'No');
    for (const c of ['Spain', 'Poland']) await choose(page, c, 'Undecided');
    await openAnalysis(page);
    // With DE FR IT against, either undecided member voting no makes four: 1 of the 4 ways adopts.
    await page.getByText('Of the 4 ways the 2 undecided members could vote').waitFor();
    expect(await page.locator('#paths-h + p').textContent()).toContain('1 (25.0 %) adopt');
    await expect.poll(() => page.locator('.analysis__big').textContent()).toBe('25.00 %');
    await page.getByLabel('Spain: probability of voting yes (%)').fill('100');
    await expect.poll(() => page.locator('.analysis__big').textContent()).toBe('50.00 %');
  });

  it('says what it takes to adopt or block, and who else a blocking coalition with Germany needs', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    for (const c of ['Germany', 'France', 'Italy']) await choose(page, c, 'No');
    for (const c of ['Spain', 'Poland']) await choose(page, c, 'Undecided');
    await openAnalysis(page);
    // Three against cannot block; one undecided member joining them makes four, over 35 %.
    const toNo = page.getByRole('list', { name: 'among the undecided switching to no' });
    await toNo.waitFor();
    expect(await toNo.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Poland \(/),
      expect.stringMatching(/^Spain \(/),
    ]);
    expect(await page.getByRole('list', { name: 'among the undecided switching to yes' }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Spain \+ Poland \(/),
    ]);
    await page.getByRole('combobox', { name: 'Blocking coalitions with' }).selectOption({ label: 'Germany' });
    await page.getByText('With Germany against, 3 more members are needed').waitFor();
    const coalitions = page.getByRole('list', { name: 'Blocking coalitions', exact: true }).getByRole('listitem');
    expect(await coalitions.count()).toBe(5);
    await page.getByRole('button', { name: 'Show all 10' }).click();
    expect(await coalitions.count()).toBe(10);
    // From the members voting no: over 35 % of the people but three members, so any fourth blocks.
    await page.getByRole('button', { name: 'Remove Germany' }).click();
    await page.getByRole('button', { name: 'Start from the members voting no' }).click();
    await page.getByText('With Germany, France, Italy against, 1 more member is needed').waitFor();
  });

  it('computes voting power in a worker, with an enlarged Council', async () => {
    const page = await app.open();
    await openAnalysis(page);
    await page.getByLabel('Ukraine').check();
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    await page.getByText(/^28 members: /).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Ukraine’s present population is far below').count()).toBe(1);
    const rows = page.locator('.analysis__table').last().locator('tbody tr');
    expect(await rows.count()).toBe(28);
    expect(await rows.first().locator('th').textContent()).toBe('Germany');
    // Counts by coalition size: with 28 members, four still form the smallest blocking minority.
    await page.getByText('Coalitions by number of members').click();
    const four = page.locator('.analysis__sizes tbody tr', { has: page.locator('th', { hasText: /^4$/ }) });
    expect(Number((await four.locator('td').nth(2).textContent())!.replace(/\D/g, ''))).toBeGreaterThan(0);
    // Coalition counts filtered: only coalitions with Germany and France, without Poland.
    const winning = async (summary: RegExp) => Number(/: ([\d,]+) winning/.exec((await page.getByText(summary).textContent())!)![1]!.replace(/,/g, ''));
    const all = await winning(/^28 members: /);
    for (const c of ['Germany', 'France']) await page.getByRole('combobox', { name: 'Count only coalitions including' }).selectOption({ label: c });
    await page.getByRole('combobox', { name: 'Count only coalitions excluding' }).selectOption({ label: 'Poland' });
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    const filtered = await winning(/^28 members: .*\(filtered\)\.$/);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all / 4); // a quarter of all coalitions hold both, and Poland is out
    // The screen stayed usable: the verdict still updates.
    await page.getByRole('button', { name: 'All yes' }).click();
    expect(await page.getByRole('status').textContent()).toMatch(/^Adopted/);
  });

  it('what-if: all candidate countries (38 members), an edited population and custom thresholds', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await openAnalysis(page);
    const candidates = ['Ukraine', 'Moldova', 'Georgia', 'Montenegro', 'Serbia', 'Albania', 'North Macedonia', 'Bosnia and Herzegovina', 'Türkiye', 'Kosovo', 'Iceland'];
    for (const c of candidates) await page.getByRole('checkbox', { name: c, exact: true }).check();
    await page.locator('summary', { hasText: 'Edit populations' }).click();
    await page.getByLabel('Population of Ukraine', { exact: true }).fill('33000000');
    await page.getByText('edited', { exact: true }).waitFor();
    await page.getByLabel('Custom thresholds').check();
    await page.getByLabel('Member share %').fill('60');
    await page.getByLabel('Minimum members').fill('20');
    await page.getByLabel('Blocking minority (members)').fill('5');
    const note = 'What-if: 11 candidates added, 1 population edited, custom thresholds.';
    await page.locator('#power-h ~ .analysis__whatif-note', { hasText: note }).waitFor();
    // The candidates are undecided: 2^11 ways, counted with the what-if.
    await page.getByText('Of the 2,048 ways the 11 undecided members could vote').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    await page.getByText(/^38 members: /).waitFor({ timeout: 60_000 });
    const rows = page.locator('.analysis__table').last().locator('tbody tr');
    expect(await rows.count()).toBe(38);
    expect(await rows.first().locator('th').textContent()).toBe('Germany');
    expect(await rows.locator('th', { hasText: 'Iceland' }).count()).toBe(1);
    // An invalid threshold stops the analysis with a specific message.
    await page.getByLabel('Population share %').fill('101');
    expect(await page.getByRole('alert').textContent()).toContain('Population share must be between 0 and 100 % (got 101 %).');
    expect(await page.getByRole('button', { name: 'Compute voting power' }).isDisabled()).toBe(true);
  }, 120_000);
});
