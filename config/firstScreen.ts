/**
 * The first screen's JavaScript in one chunk beside the entry: every module the entry imports
 * statically (not through `import()`), gathered once the module graph is known. Left to itself the bundler cut
 * it into about twenty chunks, each compressed on its own, which cost ~5 kB of gzip and as many
 * requests more; what loads on demand (languages, presets, votes, charts, teaching, analysis,
 * exports, presentation) stays in chunks of its own. App build only.
 */
import type { Plugin } from 'vite';

export function firstScreenChunk(): Plugin {
  const firstScreen = new Set<string>();
  return {
    name: 'council-vote:first-screen-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: { codeSplitting: { groups: [{ name: 'first-screen', test: (id: string) => firstScreen.has(id) }] } },
        },
      },
    }),
    buildEnd() {
      firstScreen.clear();
      // The calculator's page only: the view-only page and the embed keep their own, smaller cut.
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry && /(^|[\\/])index\.html$/.test(id));
      const stack = [...entries];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (firstScreen.has(id)) continue;
        firstScreen.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      // The entry and the script index.html names (src/ui/main.tsx) stay a chunk of their own: the
      // script awaits the language and the link before the first render (top-level await), and
      // a chunk loaded on demand meanwhile (a language, the link codec) must import the shared
      // modules without waiting for that script to finish, which would wait for it in turn.
      for (const id of entries) {
        for (const script of this.getModuleInfo(id)?.importedIds ?? []) firstScreen.delete(script);
        firstScreen.delete(id);
      }
    },
  };
}
