/**
 * `BENCH_BASE=../other-checkout npm run bench:compare`: the UI timings of `npm run bench:ui` and
 * the first-screen JavaScript for this build and another checkout's build (each with its own
 * dist/, built beforehand), measured in turn in the same run, so a busy machine slows both alike.
 * Prints the medians of every round's samples and this build's ratio to the other. Informational.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { initialJs } from './bundleSize';
import { formatMs, formatTable, median } from './harness';
import { measureUi, UI_BUDGETS, type UiMeasures } from './uiLatency';
import { PROJECT_ROOT } from '../e2e/server';

const BASE = process.env.BENCH_BASE;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Samples {
  loads: number[];
  linkLoads: number[];
  clicks: number[];
  member: number[];
  search: number[];
}

const empty = (): Samples => ({ loads: [], linkLoads: [], clicks: [], member: [], search: [] });

function add(into: Samples, m: UiMeasures): void {
  into.loads.push(...m.loads);
  into.linkLoads.push(...m.linkLoads);
  into.clicks.push(...m.clicks);
  if (!('skipped' in m.votes)) {
    into.member.push(...m.votes.member.frame);
    into.search.push(...m.votes.search.frame);
  }
}

const gzipKb = (root: string) => {
  const assets = initialJs(resolve(root, 'dist'));
  return assets ? assets.reduce((s, a) => s + a.gzipBytes, 0) / 1000 : NaN;
};

async function main(): Promise<void> {
  if (!BASE) {
    console.log('Set BENCH_BASE to the other checkout (with its dist/ built).');
    return;
  }
  const base = resolve(BASE);
  const runs = { base: empty(), here: empty() };
  const load = [loadavg()[0]!];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, root] of [['base', base], ['here', PROJECT_ROOT]] as const) {
      const m = await measureUi(root);
      if ('skipped' in m) throw new Error(`${name}: ${m.skipped}`);
      add(runs[name], m);
    }
    load.push(loadavg()[0]!);
  }
  const row = (label: string, pick: keyof Samples, budget: number) => {
    const [b, h] = [median(runs.base[pick]), median(runs.here[pick])];
    return [label, formatMs(b), formatMs(h), (h / b).toFixed(2), formatMs(budget), String(runs.here[pick].length)];
  };
  const [jb, jh] = [gzipKb(base), gzipKb(PROJECT_ROOT)];
  console.log(`CPU throttled ${UI_BUDGETS.throttle}x, ${ROUNDS} rounds; 1-minute load average ${load.map((x) => x.toFixed(1)).join(' → ')}`);
  console.log(`base: ${base}\nhere: ${PROJECT_ROOT}\n`);
  console.log(
    formatTable(
      ['measure (median)', 'base', 'here', 'ratio', 'target', 'samples'],
      [
        row('cold load to interactive', 'loads', UI_BUDGETS.loadMs),
        row('cold load of a shared link', 'linkLoads', UI_BUDGETS.loadMs),
        row('click to verdict', 'clicks', UI_BUDGETS.clickMs),
        ['first-screen JavaScript, gzip', `${jb.toFixed(1)} kB`, `${jh.toFixed(1)} kB`, (jh / jb).toFixed(2), '110 kB', ''],
        row('votes: Member any/Poland, to next frame', 'member', UI_BUDGETS.votesMs),
        row('votes: search ""/"climate", to next frame', 'search', UI_BUDGETS.votesMs),
      ],
    ),
  );
}

await main();
