/**
 * Files followed over time and pasted positions, in Chromium: the shipped CSA Regulation file on a
 * time axis with the 35 % line and what moved, a snapshot opened as the scenario; a mixed
 * English/French/German paste applied with its bad line named. Screenshots for review at
 * 1366×768 and 390×844.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp, savedDownload } from './browser';
import { SCREENSHOT_DIR } from './shots';
import { axeViolations } from './axe';

// bypassCSP: axe is injected into the page for the audits (the app never ships it).
const app = setupApp({ viewport: { width: 1366, height: 768 }, bypassCSP: true, permissions: ['clipboard-read', 'clipboard-write'] });

/** Screenshots of `target` (the whole element) at a laptop's and a phone's width, the pointer out of the way. */
async function shots(page: Page, name: string, target: Locator, top: Locator = target) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.mouse.move(0, 0);
  for (const [w, h] of [[1366, 768], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await target.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}-${w}x${h}-whole.png`), animations: 'disabled' });
    await top.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}-${w}x${h}.png`), animations: 'disabled' });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('files and pasted positions', () => {
  it('shows the CSA Regulation on a time axis with the 35 % line and what moved, and opens a snapshot', async () => {
    const page = await app.open();
    await page.getByText('Files followed over time').click();
    const table = page.getByRole('table', { name: /Each snapshot’s figures/ });
    await expect.poll(() => table.getByRole('rowheader').allTextContents()).toEqual(['20 June 2024', '1 October 2024', '8 October 2025', '26 November 2025']);
    const chart = page.getByRole('img', { name: /Timeline chart/ });
    await expect.poll(() => chart.getByText('35 % (blocking)').count()).toBe(1);
    // Four dots on each line, placed by date: the gap between the 2024 and 2025 snapshots is wide.
    const xs = await chart.locator('.recharts-line-dots').first().locator('circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
    expect(xs).toHaveLength(4);
    expect((xs[2]! - xs[1]!) / (xs[1]! - xs[0]!)).toBeGreaterThan(2.5);
    const moved = page.getByRole('region', { name: 'What moved', exact: true });
    expect(await moved.locator('.moved__list > li').filter({ hasText: 'Germany: No → Yes' }).textContent()).toContain('changed the verdict');
    await page.getByText('Compare any two snapshots').click();
    expect(await axeViolations(page, 'files panel open')).toEqual([]);
    await shots(page, 'files-timeline', page.locator('.files'), page.getByRole('heading', { name: 'CSA Regulation (“chat control”)', level: 3 }));

    await page.getByRole('button', { name: 'Open the snapshot of 1 October 2024 as a scenario' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Scenario name' }).inputValue()).toBe('CSA Regulation (“chat control”): early October 2024');
    expect(await page.getByRole('radiogroup', { name: 'Netherlands', exact: true }).getByRole('radio', { name: 'Abstain', exact: true }).isChecked()).toBe(true);
  });

  it('applies a mixed English, French and German paste and names the bad line', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'Paste positions…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste positions' });
    await dialog.getByRole('textbox').fill('Germany: against\nFR pour\nItalien\tEnthaltung\nPays-Bas – abstention\nSpanien dafür\nFance pour\n');
    await expect.poll(() => dialog.getByText('This changes 5 positions:').count()).toBe(1);
    expect(await dialog.getByText('Line 6 (“Fance pour”): no member is called “Fance”.').count()).toBe(1);
    expect(await axeViolations(page, 'paste dialog')).toEqual([]);
    await shots(page, 'paste-dialog', dialog);
    await dialog.getByRole('button', { name: 'Apply 5 changes' }).click();
    const radio = (country: string, option: string) => page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true });
    await expect.poll(() => radio('Germany', 'No').isChecked()).toBe(true);
    expect(await Promise.all([radio('France', 'Yes'), radio('Italy', 'Abstain'), radio('Netherlands', 'Abstain'), radio('Spain', 'Yes')].map((r) => r.isChecked()))).toEqual([true, true, true, true]);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => radio('Germany', 'Undecided').isChecked()).toBe(true);
    expect(await radio('Spain', 'Undecided').isChecked()).toBe(true);
  });

  it('makes a file from two scenarios that survives a reload, an export and an import', async () => {
    const page = await app.open();
    const add = async (date: string, name?: string) => {
      await page.getByRole('button', { name: 'Add to a file…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add the scenario on screen to a file' });
      if (name) await dialog.getByRole('textbox', { name: 'Name of the new file' }).fill(name);
      await dialog.getByLabel('Date of this snapshot').fill(date);
      await dialog.getByRole('button', { name: 'Add snapshot' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
    };
    await page.getByRole('radiogroup', { name: 'Germany', exact: true }).getByRole('radio', { name: 'No', exact: true }).check();
    await add('2025-03-01', 'My file');
    await page.getByRole('radiogroup', { name: 'Germany', exact: true }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await add('2025-01-15');
    await page.reload();
    await page.getByText('Files followed over time').click();
    await page.getByRole('combobox', { name: 'File', exact: true }).selectOption({ label: 'My file (2 snapshots)' });
    const table = page.getByRole('table', { name: /Each snapshot’s figures/ });
    await expect.poll(() => table.getByRole('rowheader').allTextContents()).toEqual(['15 January 2025', '1 March 2025']);
    expect(await page.getByRole('region', { name: 'What moved', exact: true }).getByText('Germany: Yes → No').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file (JSON)' }).click()]);
    await page.getByLabel('Import a file (JSON)').setInputFiles(await savedDownload(download));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported “My file” with 2 snapshots.' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'File', exact: true }).locator('option', { hasText: 'My file (2 snapshots)' }).count()).toBe(2);

    // The file travels by link: opened in another tab, it joins that tab's files.
    await page.getByRole('button', { name: 'Copy link to this file' }).click();
    await expect.poll(() => page.getByText('Link to the file copied.').count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#file=1&z=/);
    const other = await app.context().newPage();
    await other.goto(link);
    await expect.poll(() => other.getByText('The file “My file” from the link is now among your files').count()).toBe(1);
    await other.close();
  });
});
