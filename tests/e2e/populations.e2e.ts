/**
 * Edit populations with figures no country has: each field says why beside it, the page throws
 * nothing, and no analysis is left searching.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

const choose = (page: Page, country: string, option: string) =>
  page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true }).check();

const STILL_WORKING = /Searching…|Counting…|Computing…/;

describe('Edit populations', () => {
  it('refuses 99999999999999 beside each field, with no page error and no section left searching', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    for (const c of ['Germany', 'France', 'Italy']) await choose(page, c, 'No');
    for (const c of ['Spain', 'Poland']) await choose(page, c, 'Undecided');
    await page.getByText('Analysis: what it takes, undecided paths, probability, voting power').click();
    await page.getByRole('heading', { name: 'Voting power' }).waitFor();
    await expect.poll(() => page.locator('.analysis__big').textContent()).toBe('25.00 %');
    await page.getByRole('combobox', { name: 'Blocking coalitions with' }).selectOption({ label: 'Germany' });
    await page.getByText('With Germany against, 3 more members are needed').waitFor();

    await page.getByText('Edit populations', { exact: true }).click();
    for (const name of ['Malta', 'Luxembourg']) await page.getByLabel(`Population of ${name}`, { exact: true }).fill('99999999999999');
    for (const name of ['Malta', 'Luxembourg']) {
      const field = page.getByLabel(`Population of ${name}`, { exact: true });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const message = page.locator(`#${await field.getAttribute('aria-describedby')}`);
      expect(await message.textContent()).toBe(`⚠ Population of ${name} must be at most 2,000,000,000 persons (got 99,999,999,999,999).`);
      expect(await message.isVisible()).toBe(true);
    }
    await page.getByRole('alert').filter({ hasText: 'Nothing is computed until this is fixed.' }).waitFor();
    // Give any job that was started time to answer: none may still be working.
    await page.waitForTimeout(1500);
    expect(await page.locator('.analysis').getByText(STILL_WORKING).count()).toBe(0);
    expect(await page.locator('.analysis__big').textContent()).toBe('—');
    expect(app.pageErrors()).toEqual([]);

    // Back within the bound: every analysis answers again, with Malta as big as it was typed.
    await page.getByLabel('Population of Malta', { exact: true }).fill('2000000000');
    await page.getByLabel('Population of Luxembourg', { exact: true }).fill('700000');
    await expect.poll(() => page.locator('.analysis__big').textContent(), { timeout: 20_000 }).toMatch(/^\d+\.\d\d %$/);
    await expect.poll(() => page.locator('.analysis').getByText(STILL_WORKING).count(), { timeout: 20_000 }).toBe(0);
    expect(await page.locator('.analysis__field-error').count()).toBe(0);
    expect(app.pageErrors()).toEqual([]);
  }, 60_000);
});
