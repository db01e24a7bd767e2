/**
 * Runs the built command line as a user does: `node dist-cli/council-vote.js ...`, building it
 * first when a source is newer. Used by tests/cli/cli.test.ts alone (one build at a time).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const BIN = join(ROOT, 'dist-cli/council-vote.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist-cli when it is missing or older than src/ or data/. */
export function ensureBuilt(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'data')));
  if (!existsSync(BIN) || statSync(BIN).mtimeMs < sources) {
    execSync('npx vite build --config vite.cli.config.ts --logLevel silent', { cwd: ROOT, stdio: 'pipe' });
  }
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `council-vote` with a command line split at spaces (no argument here contains one). */
export function cli(line: string): Run {
  const args = line.trim() === '' ? [] : line.trim().split(/ +/);
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field */
export function json(line: string): any {
  const r = cli(`${line} --json`);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}
