/**
 * The production build loads in real Chromium and shows a verdict. Privacy (no request to any
 * other origin) is checked over a whole session in privacy.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { setupApp } from './browser';

const app = setupApp();

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
});
