/**
 * `npm run bench`: engine benchmarks and the initial JavaScript size, as a table.
 * Informational only: it exits 0 whatever the numbers, and non-zero only if a benchmark breaks.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INITIAL_JS_BUDGET_BYTES, initialJs } from './bundleSize';
import { engineSuite } from './engine';
import { formatBudget, formatSuite, formatTable, runSuite } from './harness';

const dist = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'dist');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function reportBundle(): string {
  const assets = initialJs(dist);
  if (!assets) return 'Initial JavaScript: no build in dist/ (npm run build first).';
  const total = assets.reduce((s, a) => s + a.gzipBytes, 0);
  const rows = assets.map((a) => [a.path, kB(a.bytes), kB(a.gzipBytes), '']);
  rows.push([
    'total',
    kB(assets.reduce((s, a) => s + a.bytes, 0)),
    kB(total),
    formatBudget(total, INITIAL_JS_BUDGET_BYTES, kB),
  ]);
  return `Initial JavaScript (scripts and modulepreloads of dist/index.html)\n${formatTable(['file', 'raw', 'gzip', 'budget'], rows)}`;
}

const suite = engineSuite();
console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
console.log(formatSuite(suite, runSuite(suite)));
console.log();
console.log(reportBundle());
