/**
 * The address bar is written a moment after each change (the link is compressed
 * asynchronously): wait for it to settle before reading, reloading or sharing it.
 */
import type { Page } from 'playwright-core';

/** The page's address once it has not changed for 150 ms. */
export async function settledAddress(page: Page): Promise<string> {
  let last = page.url();
  for (;;) {
    await page.waitForTimeout(150);
    const now = page.url();
    if (now === last) return now;
    last = now;
  }
}
