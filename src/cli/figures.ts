/**
 * --figures FILE (a dataset file in the format of data/datasets/*.json, such as figures added in
 * the app) and --date YYYY-MM-DD (the table in force on that day), taken out of the command line
 * before the commands parse it, and turned into --dataset.
 */
import { quote, clip } from '../core/format';
import { admitFigures, FIGURES_LIMITS } from '../core/data/figuresGate';
import { allDatasets, DATASETS, setAddedDatasets } from '../core/data/datasets';
import { isCalendarDay, tableOnDate } from '../core/data/period';
import { nonMembersOn } from '../core/scenario/voteDate';
import { err, ok, type Result } from '../core/result';

export interface FiguresArgs {
  /** The command line without --figures and --date, with --dataset added when they chose one. */
  readonly argv: readonly string[];
  /** Said on stderr: the table --date fell back to when none was in force; members left out as not yet in the Council. */
  readonly note?: string;
  /** The --date given, for the output to state. */
  readonly date?: string;
}

const fail = (message: string): Result<never> => err({ code: 'args.invalid', message });

/** `--name VALUE` or `--name=VALUE`, at most once; the rest of the line unchanged. */
function take(argv: readonly string[], name: string): Result<{ value?: string; rest: string[] }> {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const inline = a.startsWith(`--${name}=`) ? a.slice(name.length + 3) : undefined;
    if (a !== `--${name}` && inline === undefined) {
      rest.push(a);
      continue;
    }
    if (value !== undefined) return fail(`--${name} is given more than once`);
    const v = inline ?? argv[++i];
    if (v === undefined || (inline === undefined && v.startsWith('--'))) return fail(`missing value for --${name}`);
    value = v;
  }
  return ok({ value, rest });
}

/**
 * Reads --figures (through the one gate of added figures, as the app's paste, links and files)
 * and makes it findable; picks the table for
 * --date. `read` reads a file's text (throws like fs.readFileSync).
 */
export function applyFigures(argv: readonly string[], read: (path: string) => string): Result<FiguresArgs> {
  const figures = take(argv, 'figures');
  if (!figures.ok) return figures;
  const date = take(figures.value.rest, 'date');
  if (!date.ok) return date;
  let rest = date.value.rest;
  const hasDataset = rest.some((a) => a === '--dataset' || a.startsWith('--dataset='));
  // A vote given in full (--scenario, --link) names its own dataset, a recorded or reported vote
  // (--vote) takes the table of its date among all known (--figures included); `datasets` lists them all.
  const choosesDataset = ['evaluate', 'power', 'probability'].includes(rest[0] ?? '') && !rest.some((a) => /^--(scenario|link|vote)(=|$)/.test(a));
  const path = figures.value.value;
  if (path !== undefined) {
    let text: string;
    try {
      text = read(path);
    } catch (e) {
      return fail(`cannot read --figures ${clip(path)}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    if (text.length > FIGURES_LIMITS.json) return fail(`--figures ${clip(path)} is ${text.length} characters long, far more than a table of figures (at most ${FIGURES_LIMITS.json})`);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return fail(`--figures ${clip(path)} is not JSON (expected a dataset file like data/datasets/council-2025.json)`);
    }
    const admitted = admitFigures(raw, { via: 'cli', where: `--figures ${clip(path)}`, known: DATASETS });
    if (!admitted.ok) return fail(admitted.error.message.replace(/\.$/, ''));
    const ds = admitted.value;
    setAddedDatasets([ds.dataset]);
    if (choosesDataset && !hasDataset && date.value.value === undefined) rest = [...rest, '--dataset', ds.dataset.id];
  }
  const day = date.value.value;
  if (day === undefined) return ok({ argv: rest });
  if (!isCalendarDay(day)) return fail(`--date must be a calendar day YYYY-MM-DD (found ${quote(day)})`);
  if (hasDataset) return fail('give --dataset or --date, not both');
  if (!choosesDataset) return fail('--date chooses the figures of a vote: use it with evaluate, power or probability, without --scenario, --link or --vote (which carry their own date)');
  const found = tableOnDate(allDatasets(), day);
  if (!found) return fail('no Council dataset to choose from');
  const d = found.dataset;
  // As in the app: a member of the table that was not in the Council that day (Croatia before
  // 1 July 2013) does not participate, unless the command line names it.
  const named = (code: string) => rest.slice(1).some((a) => new RegExp(`(^|[^A-Za-z])${code}([^A-Za-z]|$)`, 'i').test(a.replace(/^--[a-z-]+=?/, '')));
  const outside = nonMembersOn(d, day).filter((c) => !named(c));
  const notes = [
    ...(found.inForce ? [] : [`note: no table in force on ${day}; using ${d.id} (${d.period.from} to ${d.period.to}), the nearest with the ${d.members.length} members of the Union on that date`]),
    ...(outside.length ? [`note: not a member of the Council on ${day}, so not participating: ${outside.join(', ')}`] : []),
  ];
  const absent = outside.length ? ['--absent', outside.join(',')] : [];
  return ok({ argv: [...rest, '--dataset', d.id, ...absent], date: day, ...(notes.length ? { note: notes.join('\n') } : {}) });
}
