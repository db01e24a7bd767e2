/**
 * The command line entry: parse, dispatch, print, and set the exit status.
 * 0 success; 2 bad arguments (one line on stderr, no stack trace); 1 internal error.
 */
import { allDatasets, electorateOf, setAddedDatasets } from '../core/data/datasets';
import { isAddedDataset, type CarriedFigures } from '../core/data/carriedFigures';
import { applyFigures } from './figures';
import { evaluate } from '../core/rules/evaluate';
import { electorateWith } from '../core/data/enlarge';
import { assertNever, ok } from '../core/result';
import { readFileSync } from 'node:fs';
import { parseImport } from '../core/scenario/library';
import { decodeLink } from '../core/scenario/link';
import { clip } from '../core/format';
import { evaluateRequestOf, parseRequest, type Request } from './args';
import { formatDatasets, formatEvaluation, formatRules } from './format';
import { datasetJson, evaluationJson, rulesJson } from './json';
import { usage } from './usage';
import { ruleOnDate } from './ruleDate';
import { runAnalysis } from './analysis';
import { answerTakes, takesJson, takesText } from './takes';
import { runEvaluateVote, runVotes } from './votes';
import { withPastedPositions } from './pasted';
import { runFile } from './files';

interface RunResult {
  readonly status: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const PROGRAM = 'council-vote';
const done = (stdout: string): RunResult => ({ status: 0, stdout: `${stdout}\n`, stderr: '' });
const usageError = (message: string): RunResult => ({ status: 2, stdout: '', stderr: `${PROGRAM}: ${message}\n` });
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A share link: refused links exit 2; a link that lost only texts (or was cut after the vote) is evaluated, with a warning. */
async function evaluateLink(req: Extract<Request, { command: 'evaluate-link' }>): Promise<RunResult> {
  const decoded = await decodeLink(req.fragment);
  if (!decoded.ok) return usageError(decoded.error.message.replace(/^This link/, 'the link in --link'));
  knowCarried(decoded.value.figures ? [decoded.value.figures] : []);
  const next = evaluateRequestOf(decoded.value.scenario, req.json, req.takes);
  if (!next.ok) return usageError(next.error.message);
  const out = await execute(next.value);
  const { damage, unchecked } = decoded.value;
  const warnings = [damage?.message, unchecked?.message].filter(Boolean).map((m) => `${PROGRAM}: warning: ${m}\n`).join('');
  return warnings && out.status === 0 ? { ...out, stderr: `${warnings}${out.stderr}` } : out;
}

/** Figures that came with a link or file, findable for the rest of this run (nothing is stored). */
function knowCarried(carried: readonly CarriedFigures[]): void {
  const fresh = carried.filter((c) => c.relation === 'new').map((c) => c.dataset);
  if (fresh.length) setAddedDatasets([...allDatasets().filter(isAddedDataset), ...fresh]);
}

async function execute(req: Request): Promise<RunResult> {
  switch (req.command) {
    case 'help':
      return done(usage(req.topic));
    case 'datasets':
      return done(req.json ? json(allDatasets().map(datasetJson)) : formatDatasets(allDatasets()));
    case 'rules':
      return done(req.json ? json(rulesJson()) : formatRules());
    case 'power':
    case 'probability': {
      const out = runAnalysis(req);
      return out.ok ? done(out.value) : usageError(out.error.message);
    }
    case 'evaluate-link':
      return evaluateLink(req);
    case 'votes':
      return done(runVotes(req));
    case 'file-list':
    case 'file-show': {
      const out = runFile(req);
      return out.ok ? done(out.value) : usageError(out.error.message);
    }
    case 'evaluate-vote': {
      const out = runEvaluateVote(req);
      return out.ok ? done(out.value) : usageError(out.error.message);
    }
    case 'evaluate-file': {
      let text: string;
      try {
        text = readFileSync(req.path, 'utf8');
      } catch (e) {
        return usageError(`cannot read --scenario ${clip(req.path)}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      const imported = parseImport(text);
      if (!imported.ok) return usageError(`${clip(req.path)}: ${imported.error.message}`);
      if (imported.value.kind !== 'scenario') return usageError(`${clip(req.path)} is a library of scenarios; export a single scenario to evaluate it`);
      knowCarried(imported.value.figures);
      const next = evaluateRequestOf(imported.value.scenario, req.json, req.takes);
      return next.ok ? execute(next.value) : usageError(next.error.message);
    }
    case 'evaluate': {
      if (req.positionsFile) {
        const { path } = req.positionsFile;
        let text: string;
        try {
          text = readFileSync(path === '-' ? 0 : path, 'utf8');
        } catch (e) {
          return usageError(`cannot read --positions ${clip(path)}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
        }
        const pasted = withPastedPositions(req, text);
        if (!pasted.ok) return { status: 2, stdout: '', stderr: pasted.error.map((l) => `${PROGRAM}: ${l}\n`).join('') };
        const { positionsFile: _read, ...rest } = req;
        return execute({ ...rest, positions: pasted.value });
      }
      const electorate = Object.keys(req.populations).length === 0 ? ok(electorateOf(req.dataset)) : electorateWith(req.dataset, [], req.populations);
      if (!electorate.ok) return usageError(`--population: ${electorate.error.message}`);
      const outcome = evaluate(electorate.value, req.positions, req.rule);
      // The engine refuses a rule it cannot apply to these members (Nice weights missing): the user's choice.
      if (!outcome.ok) return usageError(outcome.error.message);
      // What it takes is asked of the same vote: with the populations as edited.
      const takes = answerTakes(electorate.value, req.positions, req.rule, req.takes);
      if (!takes.ok) return usageError(takes.error.message);
      if (req.json) return done(json({ ...evaluationJson(req, outcome.value), ...takesJson(takes.value) }));
      return done(formatEvaluation(req, outcome.value) + takesText(takes.value));
    }
    default:
      return assertNever(req);
  }
}

/** Runs one command line; only the lines below it touch the process. */
async function run(argv: readonly string[]): Promise<RunResult> {
  try {
    const figures = applyFigures(argv, (path) => readFileSync(path, 'utf8'));
    if (!figures.ok) return usageError(figures.error.message);
    const parsed = parseRequest(figures.value.argv);
    const date = figures.value.date;
    // --date chose the dataset and the rule of that date; the evaluation states the date it was chosen for.
    const dated = parsed.ok && date !== undefined && ['evaluate', 'power', 'probability'].includes(parsed.value.command) ? (parsed.value as Extract<Request, { rule: unknown }>) : undefined;
    const onDate = dated && date !== undefined ? ruleOnDate(dated.rule, date) : undefined;
    const req = dated && onDate ? ok({ ...dated, rule: onDate.rule, ...(dated.command === 'evaluate' ? { date } : {}) } as Request) : parsed;
    const out = req.ok ? await execute(req.value) : usageError(req.error.message);
    const lines = [figures.value.note, onDate?.note].filter((x): x is string => x !== undefined).join('\n');
    const notes = lines ? lines.split('\n').map((l) => `${PROGRAM}: ${l}\n`).join('') : '';
    return notes && out.status === 0 ? { ...out, stderr: `${notes}${out.stderr}` } : out;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { status: 1, stdout: '', stderr: `${PROGRAM}: internal error: ${message.split('\n')[0]}\n` };
  }
}

const result = await run(process.argv.slice(2));
// A closed pipe (council-vote datasets | head -1) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.status;
