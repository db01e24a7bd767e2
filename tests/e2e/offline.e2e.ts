/**
 * Installable and offline after one visit: the service worker precaches the build, and with the
 * network gone the app still loads, counts votes and opens a preset (a lazily loaded chunk).
 */
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

describe('offline', () => {
  it('works offline after the first visit', async () => {
    const page = await app.open();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready; // active, so the precache is complete
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await app.context().setOffline(true);
    await page.reload();
    const verdict = page.getByRole('status').first();
    expect(await verdict.textContent()).toMatch(/^Depends/);
    await page.getByRole('button', { name: 'All yes' }).click();
    await page
      .getByRole('radiogroup', { name: 'Germany', exact: true })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    expect(await verdict.textContent()).toMatch(/^Adopted 26 members of 27/);
    await page.getByLabel('Real cases and teaching cases').selectOption('eu-mercosur-2026-01-09');
    expect(await verdict.textContent()).toMatch(/^Adopted 21 members of 27/);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('serves a web manifest with the icons an install needs', async () => {
    const page = await app.open();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(manifest).toMatchObject({ name: 'Council Vote Calculator', start_url: '/', display: 'standalone' });
    const sizes = manifest.icons
      .filter((i: { type: string }) => i.type === 'image/png')
      .map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string }[]) {
      expect(await page.evaluate(async (src) => (await fetch(src)).ok, icon.src)).toBe(true);
    }
  });
});
