/**
 * How every test and benchmark starts Chromium: Debian's system browser (the project cannot
 * download Playwright's builds), headless, with everything that would phone home switched off.
 * `.ci/run` installs the browser on a fresh machine.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type BrowserServer,
  type LaunchOptions,
} from 'playwright-core';
import { findChromium } from './findChromium';

export const CHROMIUM_PATH = findChromium() ?? '/usr/bin/chromium';

export const launchOptions: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    // Root in CI, and containers without user namespaces: the sandbox cannot start.
    '--no-sandbox',
    '--disable-gpu',
    // No background traffic, so a privacy check sees only what the page asks for.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
  ],
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

/** One Chromium for a whole test run, which every e2e file connects to (see globalSetup.ts). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions);
}

/** Connects to the run's Chromium: a file gets its own connection, and closing it leaves the browser running. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/**
 * A fresh context (no cookies, storage or cache) whose pages can run functions compiled by
 * tsx/esbuild: with `keepNames` they call a `__name` helper that exists only in Node, so every
 * `page.evaluate` callback with a named inner function would throw in the page without this.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}
