/**
 * `npm run bench`: engine benchmarks, the initial JavaScript size and, when dist/ and Chromium
 * are there, the UI timings of `npm run bench:ui`; then one table of every budget beside its
 * figure. Informational only: it exits 0 whatever the numbers, and non-zero only if a benchmark
 * breaks.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INITIAL_JS_BUDGET_BYTES, initialJs, jsWithKeptWork } from './bundleSize';
import { engineSuite } from './engine';
import { formatBudget, formatMs, formatSuite, formatTable, median, runSuite, type BenchRow } from './harness';
import { measureUi, UI_BUDGETS } from './uiLatency';
import { reportPower } from './power.bench';
import { votesSuite } from './votes';

const dist = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'dist');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Every budget beside its figure; a figure that could not be measured says why. */
async function reportBudgets(engine: readonly BenchRow[], votes: readonly BenchRow[]): Promise<string> {
  const rows: string[][] = [
    ...engine.map((r) => ['engine', r] as const),
    ...votes.map((r) => ['votes filter', r] as const),
  ]
    .filter(([, r]) => r.budgetMs !== undefined)
    .map(([what, r]) => [`${what}: ${r.name}`, formatMs(r.medianMs), formatBudget(r.medianMs, r.budgetMs, formatMs)]);
  const assets = initialJs(dist);
  const js = assets?.reduce((s, a) => s + a.gzipBytes, 0);
  rows.push([
    'first-screen JavaScript, gzip',
    js === undefined ? 'no build' : kB(js),
    js === undefined ? `(≤ ${kB(INITIAL_JS_BUDGET_BYTES)})` : formatBudget(js, INITIAL_JS_BUDGET_BYTES, kB),
  ]);
  // A returning visitor's work is read before the first screen: shown beside the budget, not held to it.
  const kept = jsWithKeptWork(dist)?.reduce((s, a) => s + a.gzipBytes, 0);
  rows.push(['… with work kept in the browser, gzip', kept === undefined ? 'no build' : kB(kept), '(informational)']);
  const ui = await measureUi().catch((e: Error) => ({ skipped: e.message }));
  const cpu = `${UI_BUDGETS.throttle}x CPU throttling`;
  for (const [name, pick, budget] of [
    [`cold load to interactive, ${cpu}`, 'loads', UI_BUDGETS.loadMs],
    [`cold load of a shared link, ${cpu}`, 'linkLoads', UI_BUDGETS.loadMs],
    [`click to verdict, ${cpu}`, 'clicks', UI_BUDGETS.clickMs],
  ] as const) {
    if ('skipped' in ui) rows.push([name, 'not measured', `(≤ ${formatMs(budget)})`]);
    else rows.push([name, formatMs(median(ui[pick])), formatBudget(median(ui[pick]), budget, formatMs)]);
  }
  for (const [name, pick] of [
    [`votes filter Member any/Poland to next frame, ${cpu}`, 'member'],
    [`votes search ""/"climate" to next frame, ${cpu}`, 'search'],
  ] as const) {
    const xs = 'skipped' in ui || 'skipped' in ui.votes ? undefined : ui.votes[pick].frame;
    if (!xs) rows.push([name, 'not measured', `(≤ ${formatMs(UI_BUDGETS.votesMs)})`]);
    else rows.push([name, formatMs(median(xs)), formatBudget(median(xs), UI_BUDGETS.votesMs, formatMs)]);
  }
  const note = 'skipped' in ui ? `\nUI timings not measured: ${ui.skipped.split('\n')[0]}` : `\n${ui.browser}`;
  return `Budgets\n${formatTable(['measure', 'median', 'budget'], rows)}${note}`;
}

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
  return `Initial JavaScript (what dist/index.html loads, and what that imports statically)\n${formatTable(['file', 'raw', 'gzip', 'budget'], rows)}`;
}

const suite = engineSuite();
console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
const engine = runSuite(suite);
console.log(formatSuite(suite, engine));
console.log();
const votes = votesSuite();
const votesRows = runSuite(votes);
console.log(formatSuite(votes, votesRows));
console.log();
console.log(reportBundle());
console.log();
// Exact voting power against a brute force over all 2^27 coalitions (tens of seconds); BENCH_QUICK=1 skips it.
console.log(reportPower({ bruteForce: process.env.BENCH_QUICK !== '1' }));
console.log();
console.log(await reportBudgets(engine, votesRows));
