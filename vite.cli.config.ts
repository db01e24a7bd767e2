import { defineConfig } from 'vite';

/** Bundles the command line into one Node ESM file with its data inlined. */
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: {
      output: { entryFileNames: 'council-vote.js', banner: '#!/usr/bin/env node' },
    },
  },
});
