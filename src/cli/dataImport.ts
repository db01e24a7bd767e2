/**
 * `npm run data:import -- FILE --from YYYY-MM-DD --source TEXT --address URL [options]`
 * Turns an Annex III table pasted from EUR-Lex into data/datasets/<id>.json and regenerates
 * data/index.ts. A thin shell: all parsing and checking is in src/core/data/annexImport.ts.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { datasetFileOf, MAX_ANNEX_CHARS, parseAnnexTable, type ImportMeta } from '../core/data/annexImport';
import { CONFIDENCES, isHttpsAddress, type Confidence } from '../core/data/dataset';
import { count, quote } from '../core/format';
import { renderDatasetIndex } from './datasetIndex';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const USAGE =
  'usage: npm run data:import -- FILE|- --from YYYY-MM-DD --source TEXT --address URL [--id ID] [--label LABEL] ' +
  `[--to YYYY-MM-DD] [--confidence ${CONFIDENCES.join('|')}] [--note TEXT] [--out DIR] [--index FILE] [--force]`;
const DEFAULT_NOTE =
  'Imported with npm run data:import from the Annex III table as published on EUR-Lex: exact persons; ' +
  'the rows were checked to add up to the Union total and each two-decimal percentage against population / total.';

const HELP = '; run with --help for the options';
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};
const reason = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || (e as Error).message);
};

/** Bad input from the user: reported in one line with exit status 2. */
class InputError extends Error {}

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const OPTIONS = {
  id: { type: 'string' },
  label: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  source: { type: 'string' },
  address: { type: 'string' },
  confidence: { type: 'string' },
  note: { type: 'string' },
  out: { type: 'string' },
  index: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function required(value: string | undefined, flag: string, why: string): string {
  if (value === undefined || value.trim() === '') throw new InputError(`${flag} is required (${why})${HELP}`);
  return value;
}

function httpsAddress(address: string): string {
  if (!isHttpsAddress(address)) throw new InputError(`--address must be an https:// address such as https://eur-lex.europa.eu/eli/dec/2019/2209/oj (found ${quote(address)})`);
  return address;
}

/** Defaults derived from --from's year and the number of members read. */
function metaOf(v: Values, members: number): ImportMeta {
  const from = required(v.from, '--from', 'the first day the figures apply, e.g. 2027-01-01');
  const [year = '', month = '', day = ''] = from.split('-');
  const confidence = v.confidence ?? 'high';
  if (!(CONFIDENCES as readonly string[]).includes(confidence)) {
    throw new InputError(`--confidence must be one of ${CONFIDENCES.join(', ')} (found ${quote(confidence)})`);
  }
  const start = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
  const since = from === `${year}-01-01` ? '' : `, from ${start}`;
  return {
    id: v.id ?? `council-${year}`,
    label: v.label ?? `Council ${year} (EU-${members}${since})`,
    from,
    to: v.to ?? `${year}-12-31`,
    source: required(v.source, '--source', 'the Council Decision and its Official Journal reference'),
    address: httpsAddress(required(v.address, '--address', 'the EUR-Lex address of the decision')),
    confidence: confidence as Confidence,
    note: v.note ?? DEFAULT_NOTE,
  };
}

const shown = (path: string) => (path.startsWith(ROOT + sep) ? relative(ROOT, path) : path);

function run(argv: readonly string[], io: Io): void {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError(`${(e as Error).message.split(/\.( |$)/)[0]}${HELP}`);
  }
  const { values: v, positionals } = parsedArgs;
  if (v.help) return io.out(USAGE);
  if (positionals.length !== 1)
    throw new InputError(`expected one FILE (or - for standard input), found ${positionals.length}${HELP}`);
  // `npm run` moves to the package root; paths the user typed are relative to where they typed them.
  const base = process.env.INIT_CWD ?? process.cwd();
  const input = positionals[0]!;
  let text: string;
  try {
    // A file far larger than any Annex III is refused before it is read into memory.
    if (input !== '-' && statSync(resolve(base, input)).size > 4 * MAX_ANNEX_CHARS) {
      throw new InputError(`${input} is ${count(statSync(resolve(base, input)).size)} bytes, far more than an Annex III table (a few thousand): paste only the table`);
    }
    text = readFileSync(input === '-' ? 0 : resolve(base, input), 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${input}: ${reason(e)}`);
  }
  const parsed = parseAnnexTable(text);
  if (!parsed.ok) throw new InputError(`${input === '-' ? 'standard input' : input}, ${parsed.error.message}`);
  const meta = metaOf(v, parsed.value.rows.length);

  const outDir = v.out ? resolve(base, v.out) : resolve(ROOT, 'data/datasets');
  const indexFile = v.index ? resolve(base, v.index) : resolve(outDir, '..', 'index.ts');
  const outFile = resolve(outDir, `${meta.id}.json`);
  const built = datasetFileOf(parsed.value, meta, shown(outFile));
  if (!built.ok) throw new InputError(built.error.message);

  try {
    writeFileSync(outFile, built.value.text, { flag: v.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(`${shown(outFile)} already exists; pass --force to replace it`);
    throw new InputError(`cannot write ${shown(outFile)}: ${reason(e)}`);
  }
  const dir = relative(dirname(indexFile), outDir).split(sep).join('/');
  try {
    writeFileSync(indexFile, renderDatasetIndex(readdirSync(outDir), dir));
  } catch (e) {
    throw new InputError(`wrote ${shown(outFile)} but cannot write ${shown(indexFile)}: ${reason(e)}`);
  }

  const { total, members } = built.value.dataset;
  const persons = String(total).replace(/\B(?=(\d{3})+$)/g, ' ');
  io.out(
    `${meta.id}: ${members.length} members, total ${persons} persons; wrote ${shown(outFile)} and ${shown(indexFile)}`,
  );
}

/**
 * Runs the import; returns the exit status (0 done, 2 bad input, named in one line on `io.err`).
 * Programmer errors are not caught, so they keep their stack trace.
 */
export function main(
  argv: readonly string[],
  io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) },
): number {
  try {
    run(argv, io);
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(`data:import: ${e.message}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
