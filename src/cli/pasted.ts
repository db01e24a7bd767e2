/**
 * --positions FILE: positions pasted from notes, read by the same core parser as the app's
 * "Paste positions…" dialog, with the same messages. Anything not understood stops the command:
 * on a command line there is no preview to catch it.
 */
import { pasteDuplicateText, pasteProblemText, readPastedPositions } from '../core/scenario/pastePositions';
import type { Positions } from '../core/rules/vote';
import { err, ok, type Result } from '../core/result';
import type { EvaluateRequest } from './args';

/**
 * The positions of `req` with the pasted `text` applied over the default (--others). A line not
 * understood, a member named twice, or a member also named in a --yes/--no/... list is refused;
 * the errors are message lines, one per problem.
 * @example withPastedPositions(req, 'Germany: against\nFR pour') // ok({ ..., DE: 'no', FR: 'yes' })
 */
export function withPastedPositions(req: EvaluateRequest, text: string): Result<Positions, readonly string[]> {
  const file = req.positionsFile;
  const where = file?.path === '-' ? 'standard input' : `--positions ${file?.path ?? ''}`;
  const read = readPastedPositions(text, req.dataset.members.map((m) => m.code));
  const named = new Set(file?.named ?? []);
  const lines = [
    ...read.problems.map(pasteProblemText),
    ...read.duplicates.map(pasteDuplicateText),
    ...read.positions.filter((p) => named.has(p.code)).map((p) => `line ${p.line}: ${p.code} is also named in a --yes/--no/--abstain/--absent/--undecided list`),
  ];
  if (lines.length) return err(lines.map((l) => `${where}, ${l}`));
  if (read.positions.length === 0) return err([`${where}: no positions found (one member and its position per line, e.g. "Germany: against")`]);
  return ok({ ...req.positions, ...Object.fromEntries(read.positions.map((p) => [p.code, p.position])) });
}
