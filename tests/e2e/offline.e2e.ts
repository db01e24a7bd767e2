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

  it('is installable: Chromium finds nothing wrong with the manifest, icons or worker', async () => {
    const page = await app.open();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await app.context().newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Council Vote Calculator', display: 'standalone' });
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // A test browser context is incognito, which alone forbids installing.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  });
});
