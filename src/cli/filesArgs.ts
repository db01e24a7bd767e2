/**
 * The options of `council-vote file list|show`, parsed into a typed request (src/cli/files.ts
 * runs it). Imports no other CLI module but options.ts, so args.ts can use it without a circle.
 */
import { ok, type Result } from '../core/result';
import { fail, parse, single } from './options';

export type FileRequest =
  | { readonly command: 'file-list'; readonly json: boolean }
  /** `id`: a shipped file; `path`: a file exported from the app (--file). */
  | { readonly command: 'file-show'; readonly json: boolean; readonly id?: string; readonly path?: string };

const OPTIONS = { json: { type: 'boolean' }, file: { type: 'string', multiple: true } } as const;

/**
 * `file list [--json]`, `file show ID [--json]`, `file show --file PATH [--json]`.
 * @example parseFile(['show', 'csa-regulation', '--json'])
 */
export function parseFile(args: readonly string[]): Result<FileRequest> {
  const [sub, ...rest] = args;
  if (sub !== 'list' && sub !== 'show') return fail(`"file" needs list or show (see council-vote file --help)`);
  const id = rest[0] !== undefined && !rest[0].startsWith('-') ? rest[0] : undefined;
  const parsed = parse(id === undefined ? rest : rest.slice(1), OPTIONS);
  if (!parsed.ok) return parsed;
  const v = parsed.value.values;
  const json = v.json === true;
  const path = single(v.file, 'file');
  if (!path.ok) return path;
  if (sub === 'list') {
    if (id !== undefined) return fail(`unexpected argument "${id}" (file list takes no id)`);
    if (path.value !== undefined) return fail('--file goes with file show');
    return ok({ command: 'file-list', json });
  }
  if (id === undefined && path.value === undefined) return fail('file show needs a file id (see council-vote file list) or --file PATH');
  if (id !== undefined && path.value !== undefined) return fail('give either a file id or --file, not both');
  return ok({ command: 'file-show', json, ...(id === undefined ? {} : { id }), ...(path.value === undefined ? {} : { path: path.value }) });
}
