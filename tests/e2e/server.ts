/**
 * Serves the production build (dist/) the way `npm start` does, on a free loopback port, for
 * the end-to-end tests and the UI benchmark. Never builds: a stale or missing build is the
 * caller's to fix, and saying so beats testing yesterday's code silently.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = resolve(PROJECT_ROOT, 'dist');

export interface PreviewHandle {
  /** Origin of the served app, without a trailing slash: `http://127.0.0.1:40123`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `root`'s dist/ (this project's by default; `npm run bench:compare` serves another checkout's). */
export async function servePreview(root: string = PROJECT_ROOT): Promise<PreviewHandle> {
  const dist = resolve(root, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`No production build at ${dist}: run npm run build first.`);
  }
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    // Port 0: the OS picks a free port, so parallel runs and a running `npm start` never clash.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) throw new Error('vite preview did not start listening.');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
