/**
 * One Chromium for the whole run (started by globalSetup.ts; each file connects to it), a fresh
 * context (no cookies, storage or cache) and page per test.
 *
 * @example
 * const app = setupApp();
 * it('shows a verdict', async () => {
 *   const page = await app.open();
 *   await expect.poll(() => page.getByRole('status').textContent()).toMatch(/adopted/i);
 * });
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Download, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { connectChromium, newContext } from './chromium';

export interface App {
  /** Origin of the served production build. */
  readonly baseUrl: string;
  /** The current test's page (throws outside a test). */
  page(): Page;
  context(): BrowserContext;
  /** Opens `path` of the app in the current page and waits for the load event. */
  open(path?: string): Promise<Page>;
  /** Uncaught errors the page has thrown so far in this test. */
  pageErrors(): readonly Error[];
}

/**
 * Registers the hooks in the calling file. A test fails when its page throws an uncaught error,
 * unless it calls `allowPageErrors()` first. `options` go to every context the file opens.
 */
export function setupApp(options: BrowserContextOptions = {}): App & { allowPageErrors(): void } {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let errors: Error[] = [];
  let errorsAllowed = false;

  beforeAll(async () => {
    browser = await connectChromium(inject('chromiumEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start.');
    errors = [];
    errorsAllowed = false;
    context = await newContext(browser, { ...options, baseURL: baseUrl });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error));
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    page = undefined;
    if (!errorsAllowed && errors.length > 0) {
      throw new Error(`The page threw: ${errors.map((e) => e.stack ?? e.message).join('\n')}`);
    }
  });

  const current = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`No ${what} outside a test.`);
    return x;
  };
  return {
    baseUrl,
    page: () => current(page, 'page'),
    context: () => current(context, 'browser context'),
    async open(path = '/') {
      const p = current(page, 'page');
      const response: Response | null = await p.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      if (response && !response.ok()) throw new Error(`GET ${path} answered ${response.status()}.`);
      return p;
    },
    pageErrors: () => errors,
    allowPageErrors() {
      errorsAllowed = true;
    },
  };
}

/** A download's bytes (the browser runs apart from the test, so there is no local path to read). */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A download saved to a fresh temporary file, for a file input to pick up again. */
export async function savedDownload(download: Download): Promise<string> {
  const path = join(tmpdir(), `e2e-${randomUUID()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}
