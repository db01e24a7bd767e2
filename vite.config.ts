/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { cspMeta, securityHeaders } from './config/csp.ts';
import { offline } from './config/pwa.ts';
import { recordAsset } from './config/recordAsset.ts';
import { firstScreenChunk } from './config/firstScreen.ts';

export default defineConfig({
  plugins: [react(), cspMeta(), securityHeaders(), recordAsset(), firstScreenChunk(), offline()],
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  build: {
    target: 'es2022',
    // Every browser the app supports preloads modules itself: no polyfill on the first screen.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // The calculator, the view-only page of a shared link, and the embeddable verdict card.
    rollupOptions: { input: { main: 'index.html', view: 'view.html', embed: 'embed.html' } },
  },
  test: {
    globals: true,
    // Vitest's default (cores - 1) runs everything one file at a time on 2 cores, while an e2e
    // file mostly waits on Chromium: one more worker lets core and UI files run beside it.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    include: [],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/state/**/*.test.ts', 'tests/i18n/**/*.test.ts'],
          // A guard against hangs, not a speed check: CLI runs and property tests share 2 cores with the browser tests.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
          // jsdom renders of the whole app take a few seconds on a busy 2-core machine.
          testTimeout: 15_000,
        },
      },
      {
        // Real Chromium against the production build in dist/ (`npm run build` first).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A real browser on a loaded 2-core machine can stall once; a second failure still fails.
          retry: 1,
          // One browser at a time: files would otherwise fight over 2 cores and skew timings.
          fileParallelism: false,
        },
      },
    ],
  },
});
