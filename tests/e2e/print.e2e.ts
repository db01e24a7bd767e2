/**
 * Printing in real Chromium: one clean A4 page per scenario with the verdict, the conditions,
 * the map, the population bar and the table; no buttons or form controls.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';
import { SCREENSHOT_DIR } from './shots';

const app = setupApp();

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function nature(page: Page) {
  await page.getByRole('button', { name: 'All yes' }).click();
  for (const [country, option] of [['Finland', 'No'], ['Hungary', 'No'], ['Italy', 'No'], ['Netherlands', 'No'], ['Poland', 'No'], ['Sweden', 'No'], ['Belgium', 'Abstain']]) {
    await page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true }).check();
  }
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Nature Restoration Law, 17 June 2024');
}

describe('print', () => {
  it('prints the scenario on one A4 page: verdict, conditions, map, bar and table, no controls', async () => {
    const page = await app.open();
    await nature(page);
    await page.getByRole('button', { name: 'Explain this result' }).click();
    await page.getByRole('heading', { name: 'Step by step' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-sheet').waitFor();

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.print-sheet .verdict')).toBe(true);
    expect(await page.locator('.print-sheet .verdict__word').textContent()).toBe('Adopted');
    expect(await page.locator('.print-sheet .cond').count()).toBe(2);
    expect(await visible('.print-sheet .tilemap')).toBe(true);
    expect(await visible('.print-sheet .popbar')).toBe(true);
    expect(await page.locator('.print-sheet__table tbody tr').count()).toBe(27);
    expect(await page.locator('.print-sheet h2').textContent()).toBe('Nature Restoration Law, 17 June 2024');
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, textarea')].filter((el) => (el as HTMLElement).offsetParent !== null).length,
    );
    expect(shown).toBe(0);
    expect(await visible('.teach')).toBe(false);

    // The page's printable area (A4 less 12 mm margins) as a viewport, for a reviewable picture.
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'print-a4.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'print.pdf'), pdf);
    expect(pageCount(pdf)).toBe(1);
  });

  it('prints every saved scenario on a page of its own', async () => {
    const page = await app.open();
    for (const [base, name] of [['All yes', 'One'], ['All no', 'Two'], ['All undecided', 'Three']] as const) {
      await page.getByRole('button', { name: base }).click();
      await page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
      await page.getByRole('button', { name: 'Save as new' }).click();
    }
    // The print dialog is the browser's: stand in for it, so the chosen scope stays for the PDF.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print all 3 saved' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-sheet').first().waitFor();
    expect(await page.locator('.print-sheet h2').allTextContents()).toEqual(['Three', 'Two', 'One']);
    expect(await page.locator('.print-sheet .verdict__word').allTextContents()).toEqual(['Depends', 'Not adopted', 'Adopted']);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'print-all.pdf'), pdf);
    expect(pageCount(pdf)).toBe(3);
  });

  it('prints a preset whose members carry notes on two pages at most, the notes across the page, the bars without background graphics', async () => {
    const page = await app.open();
    await page.locator('.preset select').selectOption('csa-2025-10-08');
    await page.locator('.preset__info').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-sheet').waitFor();
    const [sheet, table] = await Promise.all(['.print-sheet', '.print-sheet__table'].map((s) => page.locator(s).boundingBox()));
    expect(table!.width).toBeGreaterThan(0.95 * sheet!.width);
    // The browser's print dialog leaves background graphics off by default: the bars are printed anyway.
    expect(await page.locator('.print-sheet .bar__secured').first().evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'print-notes.pdf'), pdf);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });

  it('shows nothing extra on screen: the print sheet exists only while printing', async () => {
    const page = await app.open();
    expect(await page.locator('.print-sheet').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-sheet').waitFor();
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.print-sheet').waitFor({ state: 'detached' });
  });
});
