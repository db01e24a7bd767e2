/**
 * The production build loads in real Chromium, shows a verdict, and talks to nobody but its
 * own server. The privacy check stays in the suite whatever the UI becomes.
 */
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

/** data: and blob: URLs never leave the page; everything else must go to the app's origin. */
function isForeign(url: string, appOrigin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:') return false;
  return parsed.origin !== appOrigin;
}

describe('the production build', () => {
  it('loads and shows a verdict', async () => {
    const page = await app.open();
    expect(await page.title()).toBe('Council Vote Calculator');
    const verdict = page
      .getByRole('status')
      .filter({ hasText: /adopted|depends/i })
      .first();
    await verdict.waitFor({ state: 'visible' });
    expect(await verdict.textContent()).toMatch(/adopted|depends/i);
  });

  it('makes no request to any other origin while loading', async () => {
    const context = app.context();
    const page = app.page();
    const origin = new URL(app.baseUrl).origin;
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    page.on('websocket', (socket) => requested.push(socket.url()));
    // Record, then refuse: a leak must fail this test, not reach the network.
    await context.route('**/*', (route) =>
      isForeign(route.request().url(), origin) ? route.abort('blockedbyclient') : route.continue(),
    );
    app.allowPageErrors(); // a refused request may make the page throw; the list below is the verdict

    await page.goto(app.baseUrl, { waitUntil: 'networkidle' });
    await page.getByRole('status').first().waitFor();

    expect(requested.length).toBeGreaterThan(0); // the recorder works: at least the page itself
    expect(requested.filter((url) => isForeign(url, origin))).toEqual([]);
  });
});
