import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const out = 'dist-cli';
const entry = 'council-vote.js';

/** Bundles the command line into one executable Node ESM file with its data inlined. */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: out,
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: {
      output: { entryFileNames: entry, banner: '#!/usr/bin/env node' },
    },
  },
  plugins: [{ name: 'executable', writeBundle: () => chmodSync(resolve(out, entry), 0o755) }],
});
