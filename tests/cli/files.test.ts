/**
 * council-vote file list|show: the shipped files and a user's exported file, with the same figures
 * and moves as the app's timeline (the core's timelineOf and whatMoved).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossierFile, type Dossier } from '../../src/core/scenario/dossier';
import { SHIPPED_DOSSIERS, shippedDossier } from '../../src/core/scenario/shippedDossiers';
import { timelineOf, whatMoved } from '../../src/core/scenario/timeline';
import { cli, ensureBuilt, json } from './run';

beforeAll(ensureBuilt, 120_000);

describe('council-vote file', () => {
  it('lists the shipped files', () => {
    expect(json('file list').map((d: { id: string; snapshots: unknown[] }) => [d.id, d.snapshots.length])).toEqual([['csa-regulation', 4], ['platform-work', 2]]);
  });

  it('shows the CSA Regulation with the app’s figures and moves', () => {
    const out = json('file show csa-regulation');
    const csa = shippedDossier(SHIPPED_DOSSIERS[0]!);
    expect(out.snapshots).toEqual(JSON.parse(JSON.stringify((timelineOf(csa) as { value: unknown }).value)));
    expect(out.moved).toEqual(JSON.parse(JSON.stringify((whatMoved(csa) as { value: unknown }).value)));
    const text = cli('file show csa-regulation').stdout;
    expect(text).toContain('2025-11-26  CSA Regulation: Council position agreed in Coreper, 26 Nove…  23 of 27           72.0 %');
    expect(text).toContain('    Germany: no -> yes [changed the verdict, changed the blocking minority] - In favour according to leaked working-party minutes.');
  });

  it('shows a file exported from the app (--file), and refuses an unknown id or a broken file with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-'));
    const csa = shippedDossier(SHIPPED_DOSSIERS[1]!);
    const mine: Dossier = { ...csa, id: 'mine', name: 'My platform file' };
    writeFileSync(join(dir, 'mine.json'), dossierFile(mine));
    expect(cli(`file show --file ${join(dir, 'mine.json')}`).stdout).toMatch(/^My platform file: 2 snapshots\n/);
    writeFileSync(join(dir, 'bad.json'), dossierFile(mine).replace('"2024-03-11"', '"2024-03-32"'));
    const bad = cli(`file show --file ${join(dir, 'bad.json')}`);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('has no date (YYYY-MM-DD)');
    const unknown = cli('file show chat-control');
    expect([unknown.status, unknown.stderr]).toEqual([2, 'council-vote: no file "chat-control" (csa-regulation, platform-work; or --file PATH)\n']);
  });
});
