/**
 * The tile map in real Chromium: the list/map switch, tiles as buttons named "Germany: No",
 * clicks that cycle, keys on a focused tile, pivotal marks, and the population bar.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

const map = (page: Page) => page.getByRole('group', { name: 'Map of the member states' });
const tile = (page: Page, country: string) => map(page).getByRole('button', { name: new RegExp(`^${country}: `) });
const label = (page: Page, country: string) => tile(page, country).getAttribute('aria-label');
const verdict = (page: Page) => page.getByRole('status').textContent();

async function openMap(page: Page) {
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await map(page).waitFor();
}

describe('the tile map', () => {
  it('replaces the list on demand, one equal tile per member, and the list comes back', async () => {
    const page = await app.open();
    await openMap(page);
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    expect(await map(page).getByRole('button').count()).toBe(27);
    const sizes = await map(page).getByRole('button').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
    expect(new Set(sizes).size).toBe(1); // Malta is as large as France
    expect(await page.getByRole('status').count()).toBe(1);
    // Like the compact table, the map comes first, beside the verdict: on a laptop its top rows
    // show without scrolling, before the presets and the actions.
    await page.setViewportSize({ width: 1366, height: 768 });
    const top = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
    expect(await top('.tilemap')).toBeLessThan(await top('.preset'));
    expect(await map(page).getByRole('button').first().evaluate((e) => e.getBoundingClientRect().bottom)).toBeLessThanOrEqual(768);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    expect(await page.getByRole('radiogroup').count()).toBe(27);
    expect(await top('.members')).toBeGreaterThan(await top('.preset'));
  });

  it('cycles a tile by clicking and the verdict follows', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await openMap(page);
    for (const country of ['Germany', 'France', 'Italy']) await tile(page, country).click(); // yes -> no
    expect(await label(page, 'Italy')).toBe('Italy: No');
    expect(await verdict(page)).toMatch(/^Adopted/);
    await tile(page, 'Malta').click();
    expect(await label(page, 'Malta')).toBe('Malta: No');
    expect(await verdict(page)).toMatch(/^Not adopted/);
    await tile(page, 'Malta').click();
    expect(await label(page, 'Malta')).toBe('Malta: Abstain');
    expect(await verdict(page)).toMatch(/^Not adopted/);
    await tile(page, 'Malta').click();
    expect(await label(page, 'Malta')).toBe('Malta: Not participating');
    // 26 participants: the three hold more than 35 %, k + 1 = 4 are needed to block.
    expect(await verdict(page)).toMatch(/^Adopted/);
  });

  it('works from the keyboard: one tab stop, arrows between tiles, Y N A P U', async () => {
    const page = await app.open();
    await openMap(page);
    await page.getByRole('button', { name: 'Map', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Sweden: Undecided');
    await page.keyboard.press('y');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('p');
    expect([await label(page, 'Sweden'), await label(page, 'Finland'), await label(page, 'Estonia')]).toEqual([
      'Sweden: Yes',
      'Finland: Abstain',
      'Estonia: Not participating',
    ]);
    await page.keyboard.press('Tab'); // leaves the map in one step
    expect(await page.evaluate(() => document.activeElement?.closest('.tilemap'))).toBeNull();
    const outline = await tile(page, 'Estonia').evaluate((el) => {
      el.focus();
      return getComputedStyle(el).outlineStyle;
    });
    expect(outline).not.toBe('none');
  });

  it('marks pivotal members and draws the population bar with its thresholds', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    for (const [country, option] of [['Finland', 'No'], ['Hungary', 'No'], ['Italy', 'No'], ['Netherlands', 'No'], ['Poland', 'No'], ['Sweden', 'No'], ['Belgium', 'Abstain']]) {
      await page.getByRole('radiogroup', { name: country, exact: true }).getByRole('radio', { name: option, exact: true }).check();
    }
    await openMap(page);
    expect(await verdict(page)).toBe('Adopted 20 members of 27, 66.1 % of the population in favour');
    expect(await tile(page, 'Austria').textContent()).toContain('◆');
    expect(await tile(page, 'Malta').textContent()).not.toContain('◆');
    const caption = await page.locator('.popbar__caption').textContent();
    expect(caption).toContain('Population in favour: 66.1 % (needs 65 %)');
    expect(caption).toContain('Not in favour: 33.9 %');
    const segments = await page.locator('.popbar__seg').count();
    expect(segments).toBe(27);
    const first = await page.locator('.popbar__seg').first().textContent();
    expect(first).toBe('DE');
  });
});
