/**
 * "Explain this result" in real Chromium: loaded on first use, its steps match the verdict on
 * screen, the misconceptions shown fit the case, the Nice comparison, and an exercise solved.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

const choose = (page: Page, country: string, option: string) =>
  page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true }).check();
const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`).innerText();
const myths = (page: Page) => page.locator('[data-myth]').evaluateAll((els) => els.map((e) => e.getAttribute('data-myth')));

async function openExplain(page: Page) {
  await page.getByRole('button', { name: 'Explain this result' }).click();
  await page.getByRole('heading', { name: 'Step by step' }).waitFor();
}

describe('Explain this result', () => {
  it('is loaded only when opened', async () => {
    const requested: string[] = [];
    app.page().on('request', (r) => requested.push(r.url()));
    const page = await app.open();
    await page.getByRole('status').waitFor();
    expect(requested.filter((u) => /TeachingPanel-/.test(u))).toEqual([]);
    await openExplain(page);
    expect(requested.filter((u) => /TeachingPanel-.*\.js$/.test(u))).toHaveLength(1);
  });

  it('explains the verdict on screen, and follows it as positions change', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    for (const c of ['Germany', 'France', 'Italy']) await choose(page, c, 'No');
    await openExplain(page);
    expect(await page.getByRole('status').textContent()).toMatch(/^Adopted/);
    expect(await step(page, 'verdict')).toContain('Adopted: the population condition is not met, but the members not in favour are too few');
    expect(await step(page, 'blocking')).toContain('3 members are fewer than 4');
    expect(await myths(page)).toEqual(['three_large', 'not_parliament']);

    await choose(page, 'Malta', 'Abstain');
    expect(await page.getByRole('status').textContent()).toMatch(/^Not adopted/);
    expect(await step(page, 'verdict')).toContain('Not adopted: condition 2 (population in favour) fails by');
    expect(await step(page, 'blocking')).toContain('That is a blocking minority: at least 4 members and more than 35 %.');
    expect(await myths(page)).toEqual(['and_not_or', 'abstain_not_absent', 'not_parliament']);

    await choose(page, 'Spain', 'Undecided');
    expect(await page.getByRole('status').textContent()).toMatch(/^Not adopted/);
    await choose(page, 'Malta', 'Yes');
    expect(await page.getByRole('status').textContent()).toMatch(/^Depends/);
    expect(await step(page, 'verdict')).toContain('Open: adopted if the undecided member votes yes, not adopted if it votes no.');
  });

  it('puts the Nice weighted votes beside the double majority', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    for (const c of ['Germany', 'France', 'Italy']) await choose(page, c, 'No');
    await openExplain(page);
    const table = page.getByRole('table', { name: 'Same positions, two rules' });
    expect(await table.getByRole('row', { name: /^Verdict/ }).innerText()).toMatch(/Adopted\s+Not adopted/);
    expect(await table.getByRole('row', { name: /Weighted votes/ }).innerText()).toContain('✕ 236 of 323 (needs 239)');
    expect(await page.getByText(/This dataset has no United Kingdom/).count()).toBe(1);
  });

  it('runs an exercise to the end: abstaining or staying out', async () => {
    const page = await app.open();
    await openExplain(page);
    await page.getByRole('button', { name: 'Start exercise: Abstaining or staying out' }).click();
    const card = page.locator('[data-exercise="abstain_or_out"]');
    expect(await page.getByRole('status').textContent()).toMatch(/^Not adopted/);
    expect(await page.getByRole('textbox', { name: 'Scenario name' }).inputValue()).toBe('Exercise: Abstaining or staying out');
    expect(await card.innerText()).toContain('Not solved yet.');
    await choose(page, 'Spain', 'No');
    expect(await card.innerText()).toContain('As long as Spain takes part');
    await choose(page, 'Spain', 'Not participating');
    expect(await page.getByRole('status').textContent()).toMatch(/^Adopted/);
    expect(await card.innerText()).toContain('Solved.');
    expect(await card.innerText()).toContain('67.9 % of the participating population');
  });
});
