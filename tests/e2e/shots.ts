/**
 * Screenshots for review (not compared): saved under test-results/screenshots/, which git ignores.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  laptop: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Saves a screenshot of the page as it is now: `<name>-<viewport>.png`. */
export async function shoot(page: Page, name: string, viewport: ViewportName, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}-${viewport}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}
