/**
 * `council-vote file list|show`: the files followed over time, their timeline and what moved, from
 * the same core functions as the app's timeline view.
 */
import { readFileSync } from 'node:fs';
import { clip } from '../core/format';
import { err, ok, type Result } from '../core/result';
import { COUNTRY_NAMES, type KnownCode } from '../core/rules/countries';
import type { Verdict } from '../core/rules/outcome';
import type { Dossier } from '../core/scenario/dossier';
import { parseDossierFile } from '../core/scenario/dossierGate';
import { findShippedDossier, SHIPPED_DOSSIERS, shippedDossier } from '../core/scenario/shippedDossiers';
import { timelineOf, whatMoved, type BlockingState, type Span } from '../core/scenario/timeline';
import type { FileRequest } from './filesArgs';
import { pct, table } from './format';

const VERDICT: Readonly<Record<Verdict, string>> = { adopted: 'adopted', not_adopted: 'not adopted', undetermined: 'depends on the undecided' };
const BLOCKING: Readonly<Record<BlockingState, string>> = { formed: 'formed', possible: 'only if enough undecided vote no', none: 'none' };
const POSITION = { yes: 'yes', no: 'no', abstain: 'abstain', absent: 'not participating', undecided: 'undecided' } as const;

const span = (s: Span, f: (n: number) => string) => (s.declared === s.possible ? f(s.declared) : `${f(s.declared)} to ${f(s.possible)}`);

function list(json: boolean): string {
  const files = SHIPPED_DOSSIERS.map((d) => shippedDossier(d));
  if (json) return JSON.stringify(files.map((d) => ({ id: d.id, name: d.name, snapshots: d.snapshots.map((s) => ({ id: s.id, date: s.date, name: s.scenario.name ?? '' })) })), null, 2);
  return table(['ID', 'NAME', 'SNAPSHOTS', 'FROM', 'TO'], files.map((d) => [d.id, d.name, String(d.snapshots.length), d.snapshots[0]?.date ?? '', d.snapshots[d.snapshots.length - 1]?.date ?? ''])).join('\n');
}

function load(req: Extract<FileRequest, { command: 'file-show' }>): Result<Dossier> {
  if (req.id !== undefined) {
    const d = findShippedDossier(req.id);
    return d ? ok(shippedDossier(d)) : err({ code: 'args.invalid', message: `no file "${clip(req.id)}" (${SHIPPED_DOSSIERS.map((x) => x.id).join(', ')}; or --file PATH)` });
  }
  let text: string;
  try {
    text = readFileSync(req.path!, 'utf8');
  } catch (e) {
    return err({ code: 'args.invalid', message: `cannot read --file ${clip(req.path!)}: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
  }
  const d = parseDossierFile(text);
  return d.ok ? d : err({ ...d.error, message: `${clip(req.path!)}: ${d.error.message}` });
}

function show(req: Extract<FileRequest, { command: 'file-show' }>): Result<string> {
  const d = load(req);
  if (!d.ok) return d;
  const points = timelineOf(d.value);
  if (!points.ok) return points;
  const steps = whatMoved(d.value);
  if (!steps.ok) return steps;
  if (req.json) return ok(JSON.stringify({ formatVersion: 1, id: d.value.id, name: d.value.name, snapshots: points.value, moved: steps.value }, null, 2));
  const name = (code: string) => COUNTRY_NAMES[code as KnownCode] ?? code;
  const rows = points.value.map((p) => {
    const of = (n: number) => pct(n, p.populationParticipating);
    return [p.date, clip(p.name, 60), `${span(p.membersInFavour, String)} of ${p.membersParticipating}`, span(p.populationInFavour, of), span(p.populationNotInFavour, of), BLOCKING[p.blocking], VERDICT[p.verdict]];
  });
  const lines = [`${d.value.name}: ${points.value.length} snapshot${points.value.length === 1 ? '' : 's'}`, ''];
  lines.push(...table(['DATE', 'SNAPSHOT', 'MEMBERS IN FAVOUR', 'POPULATION IN FAVOUR', 'NOT IN FAVOUR', 'BLOCKING MINORITY', 'VERDICT'], rows));
  lines.push('', 'Ranges run from the declared positions to every undecided member joining. Thresholds: 15 members, 65 % in favour; a blocking minority needs more than 35 %.');
  if (steps.value.length) lines.push('', 'What moved:');
  for (const s of steps.value) {
    const changes = [
      s.from.verdict !== s.to.verdict ? `verdict ${VERDICT[s.from.verdict]} -> ${VERDICT[s.to.verdict]}` : '',
      s.from.blocking !== s.to.blocking ? `blocking minority ${BLOCKING[s.from.blocking]} -> ${BLOCKING[s.to.blocking]}` : '',
    ].filter(Boolean);
    lines.push(`  ${s.from.date} -> ${s.to.date}${changes.length ? `: ${changes.join('; ')}` : ''}`);
    if (!s.moves.length) lines.push('    no member changed position');
    for (const m of s.moves) {
      const carried = [m.carriedVerdict ? 'changed the verdict' : '', m.carriedBlocking ? 'changed the blocking minority' : ''].filter(Boolean);
      lines.push(`    ${name(m.code)}: ${POSITION[m.from]} -> ${POSITION[m.to]}${carried.length ? ` [${carried.join(', ')}]` : ''}${m.note ? ` - ${m.note}` : ''}`);
    }
  }
  return ok(lines.join('\n'));
}

/** Runs `file list` or `file show`; an unknown id or unreadable file is the user's mistake (exit 2). */
export function runFile(req: FileRequest): Result<string> {
  return req.command === 'file-list' ? ok(list(req.json)) : show(req);
}
