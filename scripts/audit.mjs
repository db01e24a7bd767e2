#!/usr/bin/env node
/**
 * `npm run audit`: fails when `npm audit --omit=dev` reports a high or critical advisory in what
 * the app ships. Where the registry offers no audit endpoint (this sandbox's answers 405), it says
 * so and does not fail: an audit that could not run is reported, never passed off as clean.
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const say = (line) => process.stdout.write(`${line}\n`);

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  say(`audit: could not run (${(run.stderr || 'no output').trim().split('\n').pop()})`);
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  say(`audit: could not run (${report.message ?? report.error?.summary ?? 'no advisory data'})`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
say(`audit (production dependencies): ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
process.exit(serious > 0 ? 1 : 0);
