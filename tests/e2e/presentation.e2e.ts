/**
 * Presentation mode in real Chromium: entered by button or F2, full screen where the browser
 * allows it, one status, no editing chrome, keys on the map, Page Down / Page Up through the
 * saved scenarios, Escape (or leaving full screen) back to the editing screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
const title = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

async function saveScenario(page: Page, base: 'All yes' | 'All no', name: string) {
  await page.getByRole('button', { name: base }).click();
  await page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
  await page.getByRole('button', { name: 'Save as new' }).click();
}

describe('presentation mode', () => {
  it('loads only when asked, fills the screen, and shows nothing but the result', async () => {
    const requested: string[] = [];
    app.page().on('request', (r) => requested.push(r.url()));
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await page.locator('summary', { hasText: 'Note on this scenario' }).click();
    await page.getByRole('textbox', { name: 'Note on this scenario' }).fill('Do not show: our fallback is to abstain');
    expect(requested.filter((u) => /PresentationMode-/.test(u))).toEqual([]);

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.locator('.present').waitFor();
    expect(requested.filter((u) => /PresentationMode-.*\.js$/.test(u))).toHaveLength(1);
    await expect.poll(() => isFullscreen(page)).toBe(true);
    expect(await page.getByRole('status').count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toMatch(/^Adopted 27 members of 27/);
    const text = (await page.locator('body').innerText()).toLowerCase();
    expect(text).not.toContain('fallback');
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save as new' }).count()).toBe(0);
    // The overlay covers the whole viewport.
    const box = await page.locator('.present').boundingBox();
    const viewport = page.viewportSize()!;
    expect([box?.width, box?.height]).toEqual([viewport.width, viewport.height]);
  });

  it('is driven from the keyboard: F2 in, positions on the map, arrows between tiles, Escape out', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'All yes' }).click();
    await page.keyboard.press('F2');
    await page.locator('.present').waitFor();
    expect(await focusedName(page)).toBe('Sweden: Yes');
    // Across the Baltic to Poland, then west along the row.
    for (const [move, name] of [['ArrowDown', 'Poland'], ['ArrowLeft', 'Germany'], ['ArrowLeft', 'Netherlands']] as const) {
      await page.keyboard.press(move);
      expect(await focusedName(page)).toMatch(new RegExp(`^${name}: `));
    }
    await page.keyboard.press('n');
    expect(await focusedName(page)).toBe('Netherlands: No');
    expect(await page.getByRole('status').textContent()).toMatch(/^Adopted/);
    // Germany, France (abstaining) and Italy join the Netherlands: a blocking minority of four.
    for (const [name, key] of [['Germany', 'n'], ['France', 'a'], ['Italy', 'n']] as const) {
      await page.getByRole('button', { name: new RegExp(`^${name}: `) }).focus();
      await page.keyboard.press(key);
    }
    expect(await page.getByRole('status').textContent()).toMatch(/^Not adopted/);
    expect(await page.locator('.bigcond').count()).toBe(3);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();
    expect(await isFullscreen(page)).toBe(false);
    expect(await focusedName(page)).toMatch(/Presentation mode/);
    expect(await page.getByRole('radiogroup').count()).toBe(27);
    // What was set in the presentation stays.
    expect(await page.getByRole('radiogroup', { name: 'France', exact: true }).getByRole('radio', { name: 'Abstain' }).isChecked()).toBe(true);
  });

  it('steps through the saved scenarios with Page Down and Page Up', async () => {
    const page = await app.open();
    await saveScenario(page, 'All yes', 'Everyone in favour');
    await saveScenario(page, 'All no', 'Everyone against');
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.locator('.present').waitFor();
    expect(await title(page)).toBe('Everyone against');
    expect(await page.locator('.present__meta').textContent()).toContain('1 / 2');
    await page.keyboard.press('PageDown');
    expect(await title(page)).toBe('Everyone in favour');
    expect(await page.getByRole('status').textContent()).toMatch(/^Adopted/);
    await page.keyboard.press('PageDown'); // the last one: stays
    expect(await title(page)).toBe('Everyone in favour');
    await page.keyboard.press('PageUp');
    expect(await title(page)).toBe('Everyone against');
    expect(await page.getByRole('status').textContent()).toMatch(/^Not adopted/);
  });

  it('leaves when the browser leaves full screen, and by the Leave button', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.locator('.present').waitFor();
    await expect.poll(() => isFullscreen(page)).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.getByRole('button', { name: 'Leave (Esc)' }).click();
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();
    expect(await isFullscreen(page)).toBe(false);
  });
  it('fits a laptop and a projector without scrolling, in German too, in type still large', async () => {
    const page = await app.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    // The longest slide the presets give: a third line under the title, long German conditions.
    await page.locator('.preset select').selectOption('csa-2024-06-20');
    await page.locator('.preset__info').waitFor();
    await page.keyboard.press('F2');
    await page.locator('.present').waitFor();
    for (const viewport of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const fit = await page.evaluate(() => {
        const present = document.querySelector<HTMLElement>('.present')!;
        const last = document.querySelector('.present__popbar')!.getBoundingClientRect();
        const word = parseFloat(getComputedStyle(document.querySelector('.present__word')!).fontSize);
        return { overflow: present.scrollHeight - present.clientHeight, lastBottom: last.bottom, word };
      });
      expect(fit.overflow, `${viewport.width} × ${viewport.height}`).toBeLessThanOrEqual(0);
      expect(fit.lastBottom).toBeLessThanOrEqual(viewport.height);
      // The verdict stays readable from the back of the room.
      expect(fit.word).toBeGreaterThanOrEqual(0.03 * viewport.width);
    }
  });
});
