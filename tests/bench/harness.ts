/**
 * A small benchmark harness: warm up, take N timed samples, report the median and its ratio to
 * a baseline measured in the same process. Ratios stay meaningful on a slow or busy machine,
 * where absolute times do not; nothing here ever fails a build.
 */
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
  /** A target for the median, in milliseconds; shown in the budget column. */
  readonly budgetMs?: number;
}

export interface BenchSuite {
  readonly title: string;
  /** Name of the case every other case is compared with. */
  readonly baseline: string;
  readonly cases: readonly BenchCase[];
}

export interface BenchOptions {
  /** Timed samples per case (fewer when `maxMsPerCase` runs out, never fewer than 3). */
  readonly samples: number;
  /** Warm-up time per case, so the JIT has compiled the hot path before timing starts. */
  readonly warmupMs: number;
  /** A sample repeats a fast function until it lasts this long, then divides. */
  readonly minSampleMs: number;
  readonly maxMsPerCase: number;
}

export const DEFAULT_OPTIONS: BenchOptions = { samples: 15, warmupMs: 200, minSampleMs: 10, maxMsPerCase: 5_000 };

export interface BenchRow {
  readonly name: string;
  readonly medianMs: number;
  readonly samples: number;
  /** Median over the baseline's median; 1 for the baseline itself. */
  readonly ratio: number;
  readonly budgetMs?: number;
}

/** Keeps results alive so the optimiser cannot drop the work being timed. */
const sink: { last: unknown } = { last: undefined };
export function consume(x: unknown): void {
  sink.last = x;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timeBatch(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) consume(fn());
  return performance.now() - start;
}

/** Median time of one call of `fn`, in milliseconds, and how many samples it rests on. */
export function measure(
  fn: () => unknown,
  options: BenchOptions = DEFAULT_OPTIONS,
): { medianMs: number; samples: number } {
  const warmupEnd = performance.now() + options.warmupMs;
  let once = timeBatch(fn, 1);
  while (performance.now() < warmupEnd) once = Math.min(once, timeBatch(fn, 1));
  const iterations = Math.max(1, Math.ceil(options.minSampleMs / Math.max(once, 1e-4)));
  const deadline = performance.now() + options.maxMsPerCase;
  const times: number[] = [];
  while (times.length < options.samples && (times.length < 3 || performance.now() < deadline)) {
    times.push(timeBatch(fn, iterations) / iterations);
  }
  return { medianMs: median(times), samples: times.length };
}

export function runSuite(suite: BenchSuite, options: BenchOptions = DEFAULT_OPTIONS): BenchRow[] {
  const baseline = suite.cases.find((c) => c.name === suite.baseline);
  if (!baseline) throw new Error(`Suite "${suite.title}" has no case named "${suite.baseline}".`);
  const measured = suite.cases.map((c) => ({ c, ...measure(c.fn, options) }));
  const base = measured.find((m) => m.c === baseline)!.medianMs;
  return measured.map(({ c, medianMs, samples }) => ({
    name: c.name,
    medianMs,
    samples,
    ratio: medianMs / base,
    ...(c.budgetMs === undefined ? {} : { budgetMs: c.budgetMs }),
  }));
}

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

export function formatBudget(value: number, budget: number | undefined, unit: (x: number) => string): string {
  if (budget === undefined) return '';
  return `${value <= budget ? 'ok' : 'OVER'} (≤ ${unit(budget)})`;
}

/** A plain-text table; the first column is left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatSuite(suite: BenchSuite, rows: readonly BenchRow[]): string {
  const table = formatTable(
    ['benchmark', 'median', 'samples', 'ratio', 'budget'],
    rows.map((r) => [
      r.name,
      formatMs(r.medianMs),
      String(r.samples),
      r.ratio >= 100 ? r.ratio.toFixed(0) : r.ratio.toFixed(2),
      formatBudget(r.medianMs, r.budgetMs, formatMs),
    ]),
  );
  return `${suite.title} (ratio: median / median of "${suite.baseline}")\n${table}`;
}
