/**
 * Global setup of the `e2e` Vitest project: serves dist/ once and starts one Chromium for all e2e
 * files (each file connects to it and opens a fresh context per test), and hands both addresses
 * to them through `inject('baseUrl')` and `inject('chromiumEndpoint')`.
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './chromium';
import { servePreview } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served production build, e.g. `http://127.0.0.1:40123`. */
    baseUrl: string;
    /** Where the run's one Chromium listens, for `connectChromium`. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [server, browser] = await Promise.all([servePreview(), launchChromiumServer()]);
  project.provide('baseUrl', server.url);
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([server.close(), browser.close()]);
  };
}
