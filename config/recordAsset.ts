/**
 * The Council's voting record (data/votes/council-votes.json, about 530 kB) ships as an asset of
 * its own in the app build rather than a JavaScript chunk: the module that imports it becomes a
 * top-level-await fetch of that asset, so the lazy chunks that use the record wait for it and keep
 * their synchronous API, the first screen never loads it, and the service worker precaches it
 * with the rest of the build. Dev, tests and the CLI import the JSON as usual.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const RECORD = resolve(import.meta.dirname, '../data/votes/council-votes.json');
const VIRTUAL = '\0council-votes-record';

export function recordAsset(): Plugin {
  return {
    name: 'council-votes-record-asset',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('council-votes.json')) return null;
      return resolve(importer, '..', source) === RECORD ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return [
        `import url from ${JSON.stringify(`${RECORD}?url`)};`,
        'const response = await fetch(url);',
        "if (!response.ok) throw new Error(`The Council's voting record could not be loaded (${response.status}).`);",
        'export default await response.json();',
      ].join('\n');
    },
  };
}
