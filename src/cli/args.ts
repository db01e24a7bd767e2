/**
 * The command line, parsed and validated into a typed request. Every user mistake becomes one
 * `AppError` whose message is a single line; nothing here prints or exits.
 */
import { quote } from '../core/format';
import { findDataset } from '../core/data/datasets';
import type { Dataset } from '../core/data/dataset';
import { parsePower, parseProbability, type AnalysisRequest } from './analysisArgs';
import { CUSTOM_OPTIONS, POPULATION_OPTION, populationsFromArgs } from './customArgs';
import { bare, fail, oneOf, parse, single } from './options';
import { ruleAndDataset } from './ruleArgs';
import type { Scenario } from '../core/scenario/scenario';
import {
  positionsFromLists,
  splitCodeList,
  type PositionListError,
  type PositionLists,
} from '../core/rules/positionsFromLists';
import { assertNever, err, ok, type AppError, type Result } from '../core/result';
import { NO_TAKES, takesOptionsOf, type TakesOptions } from './takes';
import { parseFile, type FileRequest } from './filesArgs';
import { evaluateVoteRequest, parseVotes, type EvaluateVoteRequest, type VotesRequest } from './votesArgs';
import {
  isPosition,
  POSITIONS,
  ruleOf,
  type Position,
  type Positions,
  type Rule,
} from '../core/rules/vote';

export const COMMANDS = ['datasets', 'evaluate', 'rules', 'power', 'probability', 'votes', 'file'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface EvaluateRequest {
  readonly command: 'evaluate';
  readonly json: boolean;
  readonly dataset: Dataset;
  readonly rule: Rule;
  /** Complete: every member of the dataset has a position. */
  readonly positions: Positions;
  readonly others: Position;
  /** What it takes to adopt or block, asked with --takes / --block-with. */
  readonly takes: TakesOptions;
  /** --population: members' populations replaced, whole persons by code. */
  readonly populations: Readonly<Record<string, number>>;
  /** The date of the vote: --date, or the scenario's (a file, a link, a recorded vote). */
  readonly date?: string;
  /**
   * --positions FILE (or - for standard input): positions pasted from notes, read by main
   * (see pasted.ts); `named`: the members the --yes/--no/... lists named, which it may not repeat.
   */
  readonly positionsFile?: { readonly path: string; readonly named: readonly string[] };
}

export type Request =
  | { readonly command: 'help'; readonly topic: CommandName | null }
  | { readonly command: 'evaluate-file'; readonly path: string; readonly json: boolean; readonly takes: TakesOptions }
  /** The fragment of a share link (after `#`), decoded by main (decoding is asynchronous). */
  | { readonly command: 'evaluate-link'; readonly fragment: string; readonly json: boolean; readonly takes: TakesOptions }
  | AnalysisRequest
  | { readonly command: 'datasets'; readonly json: boolean }
  | { readonly command: 'rules'; readonly json: boolean }
  | VotesRequest
  | FileRequest
  | EvaluateVoteRequest
  | EvaluateRequest;

const isCommand = (x: string): x is CommandName => (COMMANDS as readonly string[]).includes(x);

const JSON_OPTION = { json: { type: 'boolean' } } as const;
const LIST = { type: 'string', multiple: true } as const;
const EVALUATE_OPTIONS = {
  ...JSON_OPTION,
  dataset: LIST,
  rule: LIST,
  others: LIST,
  yes: LIST,
  no: LIST,
  abstain: LIST,
  absent: LIST,
  undecided: LIST,
  positions: LIST,
  scenario: LIST,
  link: LIST,
  vote: LIST,
  takes: { type: 'boolean' },
  'block-with': LIST,
  'block-without': LIST,
  ...CUSTOM_OPTIONS,
  ...POPULATION_OPTION,
} as const;

export function listErrorMessage(e: PositionListError, dataset: Dataset): AppError {
  const p = e.problem;
  switch (p.kind) {
    case 'empty':
      return { code: e.code, message: `empty country code in --${p.list} (give comma-separated codes such as DE,FR)` };
    case 'unknown':
      return {
        code: e.code,
        message: `unknown country code ${quote(p.input)} in --${p.list}${p.hint ? ` (${p.hint})` : ''}`,
      };
    case 'not_member':
      return {
        code: e.code,
        message: `country code "${p.code}" in --${p.list} is not a member in dataset ${dataset.id}`,
      };
    case 'duplicate':
      return {
        code: e.code,
        message:
          p.firstList === p.list
            ? `country code "${p.code}" is given twice in --${p.list}`
            : `country code "${p.code}" is given twice, in --${p.firstList} and in --${p.list}`,
      };
    default:
      return assertNever(p);
  }
}

/** An evaluation of a saved or shared scenario (already validated by the core's gate). */
export function evaluateRequestOf(s: Scenario, json: boolean, takes: TakesOptions = NO_TAKES): Result<EvaluateRequest> {
  const found = findDataset(s.datasetId);
  if (!found.ok) return found;
  return ok({ command: 'evaluate', json, dataset: found.value, rule: ruleOf(s.rule), positions: s.positions, others: 'undecided', populations: {}, takes, ...(s.date ? { date: s.date } : {}) });
}

/** --scenario FILE or --link URL stand for the whole vote, so they take no other vote options. */
function parseEvaluateSource(v: Record<string, unknown>, json: boolean, takes: TakesOptions): Result<Request> | undefined {
  const vote = single(v.vote as string[] | undefined, 'vote');
  if (!vote.ok) return vote;
  if (vote.value !== undefined) {
    const extra = ['scenario', 'link', 'rule', 'dataset', 'others', 'positions', ...POSITIONS, ...Object.keys(CUSTOM_OPTIONS), 'population', 'takes', 'block-with', 'block-without'].find((k) => v[k] !== undefined);
    if (extra) return fail(`--${extra} cannot be combined with --vote: the record holds the whole vote`);
    return evaluateVoteRequest(vote.value, json);
  }
  const scenario = single(v.scenario as string[] | undefined, 'scenario');
  const link = single(v.link as string[] | undefined, 'link');
  if (!scenario.ok) return scenario;
  if (!link.ok) return link;
  if (scenario.value === undefined && link.value === undefined) return undefined;
  if (scenario.value !== undefined && link.value !== undefined) return fail('give either --scenario or --link, not both');
  const source = scenario.value !== undefined ? '--scenario' : '--link';
  const extra = ['rule', 'dataset', 'others', 'positions', ...POSITIONS, ...Object.keys(CUSTOM_OPTIONS), 'population'].find((k) => v[k] !== undefined);
  if (extra) return fail(`--${extra} cannot be combined with ${source}: the ${source === '--link' ? 'link' : 'file'} holds the whole vote`);
  if (scenario.value !== undefined) return ok({ command: 'evaluate-file', path: scenario.value, json, takes });
  const text = link.value!;
  return ok({ command: 'evaluate-link', fragment: text.includes('#') ? text.slice(text.indexOf('#') + 1) : text, json, takes });
}

function parseEvaluate(args: readonly string[]): Result<Request> {
  const parsed = parse(args, EVALUATE_OPTIONS);
  if (!parsed.ok) return parsed;
  const v = parsed.value.values;
  const takes = takesOptionsOf(v);
  if (!takes.ok) return takes;
  const fromSource = parseEvaluateSource(v, v.json === true, takes.value);
  if (fromSource) return fromSource;

  const common = ruleAndDataset(v);
  if (!common.ok) return common;
  const { rule, dataset } = common.value;
  const populations = populationsFromArgs(v.population);
  if (!populations.ok) return populations;

  const positionsFile = single(v.positions, 'positions');
  if (!positionsFile.ok) return positionsFile;
  const othersText = single(v.others, 'others');
  if (!othersText.ok) return othersText;
  const others = (othersText.value ?? 'yes').trim().toLowerCase();
  if (!isPosition(others))
    return fail(`unknown position ${quote(othersText.value ?? '')} in --others (${oneOf(POSITIONS)})`, 'position.unknown');

  const lists: Partial<Record<Position, string[]>> = {};
  for (const position of POSITIONS) {
    const given = v[position];
    if (given) lists[position] = given.flatMap(splitCodeList);
  }
  const members = dataset.members.map((m) => m.code);
  const positions = positionsFromLists(members, lists as PositionLists, others);
  if (!positions.ok) return err(listErrorMessage(positions.error, dataset));
  if (positionsFile.value === undefined && members.every((c) => positions.value[c] === 'absent')) {
    return fail('every member is absent, so nobody takes part in the vote');
  }
  return ok({
    command: 'evaluate',
    json: v.json === true,
    dataset,
    rule,
    positions: positions.value,
    others,
    takes: takes.value,
    populations: populations.value,
    ...(positionsFile.value === undefined ? {} : { positionsFile: { path: positionsFile.value, named: Object.values(lists).flat().map((c) => c.toUpperCase()) } }),
  });
}

function parseListing(command: 'datasets' | 'rules', args: readonly string[]): Result<Request> {
  const parsed = parse(args, JSON_OPTION);
  if (!parsed.ok) return parsed;
  return ok({ command, json: parsed.value.values.json === true });
}

/** Asks for help anywhere before a `--`. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * `council-vote <command> [options]` into a request, or the one-line reason it is not one.
 * @example parseRequest(['evaluate', '--rule', 'qmv', '--no', 'DE,FR,IT'])
 */
export function parseRequest(argv: readonly string[]): Result<Request> {
  const [first, ...rest] = argv;
  if (first === undefined) return fail(`missing command (${oneOf(COMMANDS)}; see council-vote --help)`);
  if (first === '--help' || first === '-h') return ok({ command: 'help', topic: null });
  if (first === 'help') {
    const [topic, ...extra] = rest;
    if (topic === undefined) return ok({ command: 'help', topic: null });
    if (!isCommand(topic)) return fail(`unknown command ${quote(topic)} (${oneOf(COMMANDS)})`);
    if (extra.length > 0) return fail(`unexpected argument ${quote(extra[0]!)}`);
    return ok({ command: 'help', topic });
  }
  if (first.startsWith('-')) return fail(`expected a command before ${bare(first)} (${oneOf(COMMANDS)})`);
  if (!isCommand(first)) return fail(`unknown command ${quote(first)} (${oneOf(COMMANDS)})`);
  if (wantsHelp(rest)) return ok({ command: 'help', topic: first });
  switch (first) {
    case 'evaluate':
      return parseEvaluate(rest);
    case 'datasets':
    case 'rules':
      return parseListing(first, rest);
    case 'power':
      return parsePower(rest);
    case 'probability':
      return parseProbability(rest);
    case 'votes':
      return parseVotes(rest);
    case 'file':
      return parseFile(rest);
    default:
      return assertNever(first);
  }
}
