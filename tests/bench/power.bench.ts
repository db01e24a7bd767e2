/**
 * Voting-power benchmarks (src/core/power). The baseline is the exact EU-27 QMV analysis (all
 * indices and coalition counts), so each ratio reads as "costs as much as N EU-27 analyses".
 * The brute force over 2^27 coalitions takes tens of seconds: it is timed once, outside the
 * harness's repeated samples, in the same process, and its results are checked against the
 * engine's. Peak memory of the 37-member analysis is measured in a child process, so that
 * nothing else this process did inflates it.
 *
 * Standalone: `npx tsx tests/bench/power.bench.ts` (add `--no-brute` to skip the brute force).
 * From tests/bench/run.ts: `console.log(reportPower({ bruteForce: true }))`.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATASET_ID, electorateOf, findDataset } from '../../src/core/data/datasets';
import type { Electorate } from '../../src/core/rules/evaluate';
import { adoptionProbability, powerIndices, type PowerReport } from '../../src/core/analysis/power';
import type { Rule } from '../../src/core/rules/vote';
import { blockingCoalitions, whatItTakes } from '../../src/core/analysis/whatItTakes';
import { formatBudget, formatMs, formatSuite, formatTable, runSuite, type BenchSuite } from './harness';
import { bruteForceQmv, type BruteResult } from './powerBrute';

const QMV: Rule = { kind: 'qmv' };
const NICE: Rule = { kind: 'nice', commissionProposal: true, populationCheck: true };
export const POWER_BUDGETS = { eu27Ms: 25, members37Ms: 1500, probabilityMs: 50, memoryMB: 64, speedup: 50 } as const;

function dataset(id: string): Electorate {
  const found = findDataset(id);
  if (!found.ok) throw new Error(found.error.message);
  return electorateOf(found.value);
}

export function eu27(): Electorate {
  const e = dataset(DEFAULT_DATASET_ID);
  if (e.voters.length !== 27) throw new Error(`Expected EU-27, got ${e.voters.length} members.`);
  return e;
}

/** council-2025 plus the first ten candidates of candidates-2017 (without Iceland): 37 members. */
export function council37(): Electorate {
  const voters = [...eu27().voters, ...dataset('candidates-2017').voters.slice(0, 10)];
  return { voters, total: voters.reduce((s, v) => s + v.population, 0) };
}

function analyse(electorate: Electorate, rule: Rule): PowerReport {
  const r = powerIndices(electorate, undefined, rule);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Yes-probabilities spread over (0, 1), none certain, so nothing is fixed away. */
function spreadProbabilities(electorate: Electorate): Record<string, number> {
  return Object.fromEntries(electorate.voters.map((v, i) => [v.code, 0.2 + ((i * 7) % 13) * 0.05]));
}

export function powerSuite(): BenchSuite {
  const e27 = eu27();
  const e37 = council37();
  const p27 = spreadProbabilities(e27);
  const p37 = spreadProbabilities(e37);
  const baseline = 'EU-27 QMV: all indices and coalition counts';
  return {
    title: 'Voting power, exact (src/core/power)',
    baseline,
    cases: [
      { name: baseline, fn: () => analyse(e27, QMV), budgetMs: POWER_BUDGETS.eu27Ms },
      { name: 'EU-27 reinforced QMV: all', fn: () => analyse(e27, { kind: 'reinforced' }) },
      { name: 'EU-27 Nice (2014-17 rules, 27 of the 28): all', fn: () => analyse(e27, NICE) },
      { name: '37 members QMV (EU-27 + 10 candidates): all', fn: () => analyse(e37, QMV), budgetMs: POWER_BUDGETS.members37Ms },
      { name: 'EU-27 QMV: probability of adoption and decisiveness', fn: () => adoptionProbability(e27, p27, QMV), budgetMs: POWER_BUDGETS.probabilityMs },
      { name: '37 members QMV: probability of adoption', fn: () => adoptionProbability(e37, p37, QMV) },
      // The hardest "what it takes": nobody decided, so billions of smallest sets to count and rank.
      { name: '37 members QMV: what it takes, all undecided', fn: () => whatItTakes(e37, {}, QMV) },
      { name: 'EU-27 QMV: closest blocking coalitions with Germany', fn: () => blockingCoalitions(e27, undefined, QMV, [e27.voters[0]!.code]) },
    ],
  };
}

/** Runs in the child: one 37-member analysis, reporting RSS before and the peak after, in bytes. */
function memoryProbe(): void {
  const electorate = council37();
  const before = process.memoryUsage().rss;
  analyse(electorate, QMV);
  console.log(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024 }));
}

/** Peak RSS growth of one 37-member analysis in a fresh process, in MB; null if the child cannot start. */
export function peakMemoryMB(): number | null {
  try {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--memory-probe'], { encoding: 'utf8' });
    const { before, peak } = JSON.parse(out.trim().split('\n').pop()!) as { before: number; peak: number };
    return (peak - before) / 1e6;
  } catch {
    return null;
  }
}

function sameResults(engine: PowerReport, brute: BruteResult): boolean {
  return (
    engine.members.every((m, i) => m.swings === brute.swings[i] && Math.abs(m.shapleyShubik - brute.shapleyShubik[i]!) < 1e-12) &&
    engine.winningCoalitions === brute.winning &&
    engine.minimalWinningCoalitions === brute.minimalWinning &&
    engine.minimalBlockingCoalitions === brute.minimalBlocking
  );
}

/** The whole power report as text: the suite, then the brute-force comparison and memory. */
export function reportPower(options: { bruteForce: boolean }): string {
  const memory = peakMemoryMB();
  const suite = powerSuite();
  const rows = runSuite(suite, { samples: 9, warmupMs: 300, minSampleMs: 10, maxMsPerCase: 4_000 });
  const lines = [formatSuite(suite, rows), ''];
  const summary: string[][] = [];
  const eu27Row = rows.find((r) => r.name === suite.baseline)!;
  if (options.bruteForce) {
    const e27 = eu27();
    const start = performance.now();
    const brute = bruteForceQmv({ pops: e27.voters.map((v) => v.population), full: true });
    const bruteMs = performance.now() - start;
    const speedup = bruteMs / eu27Row.medianMs;
    summary.push(['brute force, all 2^27 EU-27 coalitions (one sample)', formatMs(bruteMs), '']);
    summary.push([
      'speed-up of the exact engine over brute force',
      `${speedup.toFixed(0)}x`,
      `${speedup >= POWER_BUDGETS.speedup ? 'ok' : 'UNDER'} (≥ ${POWER_BUDGETS.speedup}x)`,
    ]);
    summary.push(['engine and brute force agree (swings, SS, all counts)', sameResults(analyse(e27, QMV), brute) ? 'yes' : 'NO', '']);
  }
  const mb = (x: number) => `${x.toFixed(1)} MB`;
  summary.push(
    memory === null
      ? ['peak memory, 37 members (child process)', 'not measured', `(≤ ${mb(POWER_BUDGETS.memoryMB)})`]
      : ['peak memory, 37 members (child process, RSS growth)', mb(memory), formatBudget(memory, POWER_BUDGETS.memoryMB, mb)],
  );
  lines.push(formatTable(['measure', 'value', 'budget'], summary));
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain && process.argv.includes('--memory-probe')) memoryProbe();
else if (isMain) {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  console.log(reportPower({ bruteForce: !process.argv.includes('--no-brute') }));
}
