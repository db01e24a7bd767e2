/**
 * The map, presentation and teaching screens at phone, laptop and projector sizes, saved for
 * review under test-results/screenshots/. Each shot also checks the screen is whole: one status,
 * nothing wider than the viewport.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';
import { shoot, VIEWPORTS, type ViewportName } from './shots';

const app = setupApp();
// Nature Restoration, 17 June 2024, with Austria abstaining: not adopted by 0.9 points.
const NATURE = { FI: 'No', HU: 'No', IT: 'No', NL: 'No', PL: 'No', SE: 'No', BE: 'Abstain', AT: 'Abstain' };
const NAMES: Record<string, string> = { FI: 'Finland', HU: 'Hungary', IT: 'Italy', NL: 'Netherlands', PL: 'Poland', SE: 'Sweden', BE: 'Belgium', AT: 'Austria' };

async function natureRestoration(page: Page) {
  await page.getByRole('button', { name: 'All yes' }).click();
  for (const [code, option] of Object.entries(NATURE)) {
    await page.getByRole('radiogroup', { name: NAMES[code], exact: true }).getByRole('radio', { name: option, exact: true }).check();
  }
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Nature Restoration Law, Austria abstaining');
}

async function noHorizontalScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('screenshots at %s size', (viewport) => {
  it('map view, teaching panel and presentation', async () => {
    const page = app.page();
    await page.setViewportSize(VIEWPORTS[viewport]);
    await app.open();
    await natureRestoration(page);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('group', { name: 'Map of the member states' }).waitFor();
    await noHorizontalScroll(page);
    await shoot(page, 'map', viewport);
    await page.getByRole('group', { name: 'Map of the member states' }).scrollIntoViewIfNeeded();
    await shoot(page, 'map-scrolled', viewport);

    await page.getByRole('button', { name: 'Explain this result' }).click();
    await page.getByRole('heading', { name: 'Step by step' }).waitFor();
    await noHorizontalScroll(page);
    await page.getByRole('heading', { name: 'Step by step' }).scrollIntoViewIfNeeded();
    await shoot(page, 'explain', viewport);
    await shoot(page, 'explain-full', viewport, true);
    await page.getByRole('heading', { name: 'What changed in 2014' }).scrollIntoViewIfNeeded();
    await shoot(page, 'nice', viewport);
    await page.getByRole('button', { name: 'Start exercise: The smallest change that passes' }).click();
    await page.locator('[data-exercise]').scrollIntoViewIfNeeded();
    await shoot(page, 'exercise', viewport);
    await page.getByRole('button', { name: 'End exercise' }).click();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await natureRestoration(page);
    await page.getByRole('button', { name: 'Explain this result' }).click();

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.locator('.present').waitFor();
    expect(await page.getByRole('status').count()).toBe(1);
    await noHorizontalScroll(page);
    await shoot(page, 'presentation', viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();

    await page.emulateMedia({ media: 'print' });
    await shoot(page, 'print', viewport, true);
  });
});
