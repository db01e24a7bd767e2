/**
 * council-vote evaluate --positions: the app's paste parser on the command line, with its
 * messages, and exit 2 on anything it cannot read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, ensureBuilt, json } from './run';

beforeAll(ensureBuilt, 120_000);

const withStdin = (args: string[], input: string) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('council-vote evaluate --positions', () => {
  it('reads a mixed English, French and German file as the app does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'positions-'));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'Germany: against\nFR pour\nItalien\tEnthaltung\nPays-Bas – abstention\n');
    const out = json(`evaluate --rule qmv --others undecided --positions ${file}`);
    expect(out.positions).toMatchObject({ DE: 'no', FR: 'yes', IT: 'abstain', NL: 'abstain', BE: 'undecided' });
  });

  it('names every line it cannot read and every member named twice, on standard input, and exits 2', () => {
    const r = withStdin(['evaluate', '--rule', 'qmv', '--positions', '-'], 'Germany: against\nFance pour\nAllemagne contre\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'council-vote: standard input, line 2 ("Fance pour"): no member is called "Fance"\n' +
        'council-vote: standard input, Germany is named on lines 1, 3: its position is not changed\n',
    );
  });

  it('refuses a member also given in a list', () => {
    const r = withStdin(['evaluate', '--rule', 'qmv', '--no', 'DE', '--positions', '-'], 'DE yes\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('line 1: DE is also named in a --yes/--no/--abstain/--absent/--undecided list');
  });
});
