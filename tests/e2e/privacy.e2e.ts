/**
 * Privacy and the Content-Security-Policy over a whole working session: positions clicked, a
 * preset opened, a scenario saved, CSV, PNG and JSON exported, Compare opened. Every request of
 * the page and its service worker is recorded and must go to the app's own origin; the browser
 * must report no CSP violation (so nothing inline, no eval, nothing foreign was even attempted).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

/** data: and blob: URLs never leave the page; everything else must go to the app's origin. */
function isForeign(url: string, appOrigin: string): boolean {
  const { protocol, origin } = new URL(url);
  return protocol !== 'data:' && protocol !== 'blob:' && origin !== appOrigin;
}

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
}

/** Collects every securitypolicyviolation of every document the context opens. */
function recordViolations(): void {
  const list: Violation[] = [];
  (window as unknown as { __cspViolations: Violation[] }).__cspViolations = list;
  document.addEventListener('securitypolicyviolation', (e) =>
    list.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
  );
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

async function exportFile(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return file.suggestedFilename();
}

describe('privacy and Content-Security-Policy', () => {
  it('talks to nobody but its own origin, and breaks no CSP rule, over a whole session', async () => {
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
    await context.addInitScript(recordViolations);
    app.allowPageErrors(); // a refused request may make the page throw; the lists below are the verdict

    const response = await page.goto(app.baseUrl, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('button', { name: 'All yes' }).click();
    for (const [country, option] of [
      ['Germany', 'No'],
      ['France', 'Abstain'],
      ['Italy', 'Not participating'],
    ]) {
      await page
        .getByRole('radiogroup', { name: country, exact: true })
        .getByRole('radio', { name: option, exact: true })
        .check();
    }
    // React sets style={{ width }} through the CSSOM, which style-src 'self' allows.
    expect(
      await page
        .locator('.bar__secured')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width),
    ).toBeGreaterThan(10);
    await page.getByLabel('Real cases and teaching cases').selectOption('eu-mercosur-2026-01-09');
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByRole('button', { name: 'What if Italy had stayed opposed?' }).click();
    expect([await exportFile(page, 'CSV'), await exportFile(page, 'PNG'), await exportFile(page, 'JSON')]).toEqual([
      expect.stringMatching(/\.csv$/),
      expect.stringMatching(/\.png$/),
      expect.stringMatching(/\.json$/),
    ]);
    await page.getByText('Compare scenarios').click();
    await page.getByRole('table').waitFor();
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('status').first().waitFor();

    expect(requested.length).toBeGreaterThan(3); // the recorder works: the page, its scripts, the preset chunk
    expect(requested.filter((url) => isForeign(url, origin))).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(app.pageErrors()).toEqual([]);
  });

  it('enforces the policy: an inline script, an inline style and eval are refused', async () => {
    const context = app.context();
    await context.addInitScript(recordViolations);
    const page = await app.open();
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 9px solid red }';
      document.head.append(style);
      // Later, in a task of the page's own: DevTools lets code it evaluates directly use eval.
      const evalRan = await new Promise<boolean>((resolve) =>
        setTimeout(() => {
          try {
            resolve((0, eval)('true') === true);
          } catch {
            resolve(false);
          }
        }),
      );
      return {
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        styled: getComputedStyle(document.body).outlineWidth === '9px',
        evalRan,
      };
    });
    expect(outcome).toEqual({ inlineRan: false, styled: false, evalRan: false });
    // Each is reported once per policy: the header's and the <meta>'s.
    const directives = async () => [...new Set((await violations(page)).map((v) => v.directive))].sort();
    await expect.poll(directives).toEqual(['script-src', 'script-src-elem', 'style-src-elem']);
  });
});
