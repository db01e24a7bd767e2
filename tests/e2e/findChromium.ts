/**
 * Where the tests find a Chrome or Chromium: CHROMIUM_PATH if set, else the usual install paths
 * (Debian's package first). The project never downloads a browser.
 */
import { existsSync } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const HOW_TO_GET_ONE =
  'No Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.';

/** The browser to drive, or undefined when there is none (CHROMIUM_PATH set to a missing file counts as none). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return USUAL_PATHS.find((p) => existsSync(p));
}
