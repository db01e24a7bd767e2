/**
 * axe-core on every screen and state the app has: the default scenario, a preset opened, saved
 * scenarios with Compare open, a broken-link banner, and phone and wide-desktop widths. Any
 * violation fails, whatever its impact.
 *
 * axe is injected into the test page only (the app never ships it); the context bypasses the
 * app's Content-Security-Policy for that one inline script.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { setupApp } from './browser';

const app = setupApp({ bypassCSP: true });

async function openEverything(page: Page): Promise<void> {
  await page.getByLabel('Real cases and teaching cases').selectOption('eu-mercosur-2026-01-09');
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByRole('button', { name: 'What if Italy had stayed opposed?' }).click();
  await page.getByText('Compare scenarios').click();
  await page.getByRole('table').waitFor();
}

describe('accessibility (axe-core)', () => {
  it('has no accessibility violations on the main screen, a preset, saved scenarios and Compare', async () => {
    const page = await app.open();
    await page.getByRole('status').first().waitFor();
    const found = await axeViolations(page, 'default scenario');
    await page.getByLabel('Real cases and teaching cases').selectOption('eu-mercosur-2026-01-09');
    await page.locator('.preset__info').waitFor();
    found.push(...(await axeViolations(page, 'preset opened')));
    await openEverything(page);
    found.push(...(await axeViolations(page, 'saved scenarios and Compare open')));
    await page.getByRole('button', { name: 'Rename' }).first().click();
    found.push(...(await axeViolations(page, 'renaming a saved scenario')));
    expect(found).toEqual([]);
  });

  it('has none with a broken-link banner', async () => {
    const page = await app.open('/#v=1&d=council-2025&r=qmv&p=yyyy');
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page, 'link error banner')).toEqual([]);
  });

  it('has none on a 360 px phone and a 1920 px screen', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 360, height: 740 });
    await app.open();
    await openEverything(page);
    const found = await axeViolations(page, '360 px, everything open');
    await page.setViewportSize({ width: 1920, height: 1080 });
    found.push(...(await axeViolations(page, '1920 px, everything open')));
    expect(found).toEqual([]);
  });

  it('has none in the compact table at 1366 px, and on a phone with the verdict summary in view', async () => {
    const page = app.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open();
    await openEverything(page);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('.ttable').waitFor();
    await page.getByRole('button', { name: /^(Add|Edit) note on Malta$/ }).click();
    const found = await axeViolations(page, 'compact table, a note open');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('radiogroup').last().scrollIntoViewIfNeeded();
    await page.getByRole('complementary', { name: 'Verdict at a glance' }).waitFor();
    found.push(...(await axeViolations(page, '390 px, compact table, verdict summary')));
    expect(found).toEqual([]);
  });

  it('works from the keyboard alone, with a visible focus on every stop, and announces the verdict', async () => {
    const page = await app.open();
    await page.getByRole('status').first().waitFor();
    const stops: { what: string; visible: boolean }[] = [];
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const ring = (x: Element | null | undefined) => {
          const s = x ? getComputedStyle(x) : undefined;
          return !!s && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        };
        // Hidden native inputs show their focus on what the user sees: the option's face, the file button.
        const shown = el.matches('.seg__opt input')
          ? el.nextElementSibling
          : el.matches('.file-button input')
            ? el.parentElement
            : el;
        const box = shown?.getBoundingClientRect();
        const label =
          el.getAttribute('aria-label') ||
          (el instanceof HTMLInputElement ? `${el.name}=${el.value}` : el.textContent) ||
          '';
        return {
          what: `${el.tagName.toLowerCase()} "${label.trim().slice(0, 40)}"`,
          visible: ring(shown) && !!box && box.width > 0,
        };
      });
      if (!stop || stop.what === stops[0]?.what) break; // back at the start: every stop was seen
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(27 + 5); // a stop per member's radio group, and the controls
    expect(stops.filter((s) => !s.visible).map((s) => s.what)).toEqual([]);

    const status = page.getByRole('status').first();
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const before = await status.textContent();
    await page.getByRole('radiogroup', { name: 'Germany', exact: true }).getByRole('radio', { checked: true }).focus();
    await page.keyboard.press('n');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('n');
    expect(await status.textContent()).not.toBe(before);
  });

  it('stops animating for reduced motion and keeps the chosen position visible in forced colours', async () => {
    const page = await app.open();
    const bar = page.locator('.bar__secured').first();
    const duration = () => bar.evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(await duration()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');

    await page.emulateMedia({ forcedColors: 'active' });
    const colours = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.backgroundColor = 'Highlight';
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const face = document.querySelector('.seg__opt input:checked + .seg__face');
      return { highlight, face: face && getComputedStyle(face).backgroundColor };
    });
    expect(colours.face).toBe(colours.highlight);
  });
});
