/**
 * The meeting-room screen in real Chromium: the compact table with all 27 members and the verdict
 * on one 1366 × 768 screen, the verdict summary that stays in view on a phone, and the
 * presentation that plays the saved scenarios in the order the user gave them, with the blocking
 * minority as large as the two conditions. Screenshots for review in test-results/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';
import { SCREENSHOT_DIR } from './shots';

const app = setupApp();
const PRESET = 'eu-mercosur-2026-01-09';

async function shot(page: Page, name: string, fullPage = false) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `meeting-${name}-${width}x${height}.png`), fullPage, animations: 'disabled' });
}

/** The element lies wholly inside the viewport as it is scrolled now. */
async function inViewport(l: Locator, page: Page): Promise<boolean> {
  if (!(await l.isVisible())) return false;
  const box = await l.boundingBox();
  const vp = page.viewportSize()!;
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width + 0.5 && box.y + box.height <= vp.height + 0.5;
}

async function openTable(page: Page) {
  await page.getByLabel('Real cases and teaching cases').selectOption(PRESET);
  await page.locator('.preset__info').waitFor();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.locator('.ttable').waitFor();
}

async function saveScenario(page: Page, base: 'All yes' | 'All no' | 'All undecided', name: string) {
  await page.getByRole('button', { name: base }).click();
  await page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
  await page.getByRole('button', { name: 'Save as new' }).click();
}

const savedNames = (page: Page) => page.locator('.saved__name').allTextContents();
const title = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('compact table', () => {
  it('shows all 27 members and the verdict with both conditions and the blocking minority at 1366 × 768, without scrolling', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open();
    await openTable(page);
    await shot(page, 'table');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const groups = page.getByRole('radiogroup');
    expect(await groups.count()).toBe(27);
    for (let i = 0; i < 27; i++) expect(await inViewport(groups.nth(i), page), `member ${i + 1}`).toBe(true);
    expect(await inViewport(page.getByRole('status'), page)).toBe(true);
    expect(await inViewport(page.locator('.verdict__conditions'), page)).toBe(true);
    expect(await inViewport(page.locator('.verdict .blocking'), page)).toBe(true);
    // The same accessible names as the list view.
    const germany = page.getByRole('radiogroup', { name: 'Germany', exact: true });
    for (const name of ['Yes', 'No', 'Abstain', 'Not participating', 'Undecided']) expect(await germany.getByRole('radio', { name, exact: true }).count()).toBe(1);
    // Readable: no text under 12 px, no pointer target under 24 × 24.
    const smallest = await page.evaluate(() => {
      let font = Infinity;
      const walker = document.createTreeWalker(document.querySelector('.app')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent?.trim() || el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
        font = Math.min(font, parseFloat(getComputedStyle(el).fontSize));
      }
      const targets = [...document.querySelectorAll<HTMLElement>('.ttable .tseg__face, .ttable button')].map((e) => e.getBoundingClientRect());
      return { font, width: Math.min(...targets.map((r) => r.width)), height: Math.min(...targets.map((r) => r.height)) };
    });
    expect(smallest.font).toBeGreaterThanOrEqual(12);
    expect(smallest.width).toBeGreaterThanOrEqual(24);
    expect(smallest.height).toBeGreaterThanOrEqual(24);

    // The keyboard model of the list: ↓ to the next member, a letter sets the position.
    await page.getByRole('radiogroup', { name: 'Belgium', exact: true }).locator('input:checked').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('n');
    expect(await page.getByRole('radiogroup', { name: 'Bulgaria', exact: true }).getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);

    // Remembered across a reload.
    await page.reload({ waitUntil: 'load' });
    await page.locator('.ttable').waitFor();
    expect(await page.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the verdict and both condition bars, with the case each rests on, in view at 1366 × 768 while members are undecided', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open();
    await page.getByLabel('Real cases and teaching cases').selectOption('csa-2024-06-20');
    await page.locator('.preset__info').waitFor();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('.ttable').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'table-undecided');
    expect(await inViewport(page.getByRole('status'), page)).toBe(true);
    expect(await inViewport(page.locator('.verdict__conditions'), page)).toBe(true);
    // The blocking minority comes before how much is short: its heading and figures are in view too.
    const blocking = page.locator('.verdict .blocking');
    expect(await inViewport(blocking.locator('h3'), page)).toBe(true);
    expect(await inViewport(blocking.locator('p').first(), page)).toBe(true);
    expect(await blocking.locator('h3').innerText()).toMatch(/Blocking minority formed/);
    expect(await page.locator('.cond').evaluateAll((els) => els.map((e) => e.getAttribute('data-standing')))).toEqual(['met_only_if_undecided_yes', 'not_met_even_if_undecided_yes']);
    // Colour is not the only signal: a mark, a word, and a legend for the hatched part.
    expect(await page.locator('.cond__mark').allTextContents()).toEqual(['◐ ', '✕ ']);
    expect(await page.locator('.cond__legend').innerText()).toContain('Hatched: the undecided, if they vote yes');
  });

  it('stays in one column beside the verdict between 960 and 1200 px', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.open();
    await openTable(page);
    expect(await page.getByRole('radiogroup').count()).toBe(27);
    await shot(page, 'table');
  });

  it('looks deliberate on a 1920 × 1080 screen', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open();
    await openTable(page);
    for (const l of [page.getByRole('status'), page.getByRole('radiogroup').last()]) expect(await inViewport(l, page)).toBe(true);
    await shot(page, 'table');
  });
});

describe('phone', () => {
  it('keeps the verdict summary in view after scrolling to the last member', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open();
    await page.getByLabel('Real cases and teaching cases').selectOption(PRESET);
    await page.locator('.preset__info').waitFor();
    await shot(page, 'list-top');
    // The first screen shows the verdict: the panel is below the header, so the summary is.
    const glance = page.getByRole('complementary', { name: 'Verdict at a glance' });
    await expect.poll(() => inViewport(glance, page)).toBe(true);
    // While the verdict panel is on screen, the summary does not repeat it.
    await page.getByRole('status').scrollIntoViewIfNeeded();
    await expect.poll(() => glance.count()).toBe(0);
    const last = page.getByRole('radiogroup').last();
    await last.scrollIntoViewIfNeeded();
    await last.getByRole('radio', { name: 'No', exact: true }).check();
    const summary = page.getByRole('complementary', { name: 'Verdict at a glance' });
    // On a phone the full verdict follows the members: past the last one, either it or the summary is in view.
    const verdictInView = async () => (await inViewport(summary, page)) || (await inViewport(page.getByRole('status'), page));
    await expect.poll(verdictInView).toBe(true);
    // The member just set stays on screen (rows above may lose their pivotal badge and move it a little).
    const lastBox = (await last.boundingBox())!;
    expect(lastBox.y + lastBox.height).toBeGreaterThan(0);
    expect(lastBox.y).toBeLessThan(page.viewportSize()!.height);
    expect(await (summary.or(page.getByRole('status'))).first().innerText()).toMatch(/of the population in favour/);
    await shot(page, 'list-last');

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('.ttable').waitFor();
    await page.getByRole('radiogroup').last().scrollIntoViewIfNeeded();
    await expect.poll(verdictInView).toBe(true);
    await shot(page, 'table-last');
  });

  it('shows "Solved" and the verdict when the student sets the last position of an exercise', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open();
    await page.getByRole('button', { name: 'Explain this result' }).click();
    await page.getByRole('button', { name: 'Start exercise: Abstaining or staying out' }).click();
    const spain = page.getByRole('radiogroup', { name: 'Spain', exact: true });
    await spain.scrollIntoViewIfNeeded();
    await spain.getByRole('radio', { name: 'Not participating', exact: true }).check();
    const summary = page.getByRole('complementary', { name: 'Verdict at a glance' });
    await expect.poll(() => inViewport(summary, page)).toBe(true);
    expect(await inViewport(spain, page)).toBe(true);
    expect(await summary.innerText()).toMatch(/^Adopted/);
    expect(await summary.innerText()).toContain('Solved.');
    await shot(page, 'exercise-solved');
  });
});

describe('presentation order', () => {
  it('follows the order the user gives in the Scenarios panel, and keeps it across a reload', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open();
    await saveScenario(page, 'All yes', 'First');
    await saveScenario(page, 'All no', 'Second');
    await saveScenario(page, 'All undecided', 'Third');
    await expect.poll(() => savedNames(page)).toEqual(['Third', 'Second', 'First']);
    await page.getByRole('group', { name: 'Actions for First' }).getByRole('button', { name: 'Move up' }).click();
    await page.getByRole('group', { name: 'Actions for First' }).getByRole('button', { name: 'Move up' }).click();
    await page.getByRole('group', { name: 'Actions for Third' }).getByRole('button', { name: 'Move down' }).click();
    await expect.poll(() => savedNames(page)).toEqual(['First', 'Second', 'Third']);
    // The focus stays on the button that moved, for the next press.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down');
    // Drag Third onto the first place.
    await page.locator('.saved', { hasText: 'Third' }).locator('.saved__drag').dragTo(page.locator('.saved', { hasText: 'First' }));
    await expect.poll(() => savedNames(page)).toEqual(['Third', 'First', 'Second']);
    await page.locator('.saved-list').screenshot({ path: resolve(SCREENSHOT_DIR, 'meeting-scenarios-order-1366x768.png'), animations: 'disabled' });

    await page.reload({ waitUntil: 'load' });
    await page.locator('.saved__name').first().waitFor();
    await expect.poll(() => savedNames(page)).toEqual(['Third', 'First', 'Second']);
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.locator('.present').waitFor();
    const seen = [await title(page)];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('PageDown');
      seen.push(await title(page));
    }
    expect(seen).toEqual(['Third', 'First', 'Second']);
  });
});

describe('presentation', () => {
  for (const [width, height] of [[1024, 768], [1280, 720], [1920, 1080]] as const) {
    it(`shows the blocking minority as large as the conditions, and is readable at ${width} × ${height}`, async () => {
      const page = app.page();
      await page.setViewportSize({ width, height });
      await app.open();
      await saveScenario(page, 'All no', 'Everyone against, a long title that would wrap onto a second line on a small projector');
      await page.getByLabel('Real cases and teaching cases').selectOption(PRESET);
      await page.locator('.preset__info').waitFor();
      await page.getByRole('button', { name: 'Save as new' }).click();
      await page.getByRole('button', { name: 'Presentation mode' }).click();
      await page.locator('.present').waitFor();
      const blocks = page.locator('.bigcond');
      expect(await blocks.count()).toBe(3);
      const sizes = await blocks.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e.querySelector('.bigcond__value')!).fontSize)));
      expect(new Set(sizes).size).toBe(1);
      expect(await page.locator('.bigcond--blocking').innerText()).toMatch(/members? · \d/);
      // The pivotal marker never covers a tile's code.
      const overlaps = await page.evaluate(() =>
        [...document.querySelectorAll('.present .tile--pivotal')].filter((t) => {
          const a = t.querySelector('.tile__code')!.getBoundingClientRect();
          const b = t.querySelector('.tile__pivot')!.getBoundingClientRect();
          return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        }).length,
      );
      expect(await page.locator('.present .tile--pivotal').count()).toBeGreaterThan(0);
      expect(overlaps).toBe(0);
      const head = async () => (await page.locator('.present__head').boundingBox())!.height;
      const first = await head();
      await shot(page, 'present');
      await page.keyboard.press('PageDown');
      await expect.poll(() => title(page)).toMatch(/^Everyone against/);
      expect(await page.locator('.bigcond--blocking').innerText()).toMatch(/Blocked by too few members in favour/);
      expect(await head()).toBe(first);
      expect(await page.evaluate(() => document.querySelector('.present')!.scrollHeight <= window.innerHeight)).toBe(true);
      // Nothing overlaps: the conditions end above the population bar.
      const bottom = (await page.locator('.present__conditions').boundingBox())!;
      const bar = (await page.locator('.present__popbar').boundingBox())!;
      expect(bottom.y + bottom.height).toBeLessThanOrEqual(bar.y);
      await shot(page, 'present-next');
    });
  }
});
