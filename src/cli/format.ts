/**
 * Human-readable output: aligned tables and a verdict that says why. Percentages carry one
 * decimal; persons are exact with thousands separators in tables, "5.9 million" in prose.
 */
import { countryName, protocolIndex, type CountryCode } from '../core/rules/countries';
import { allDatasets, DEFAULT_DATASET_ID } from '../core/data/datasets';
import { figuresStatus, figuresStatusText } from '../core/scenario/voteDate';
import type { Dataset } from '../core/data/dataset';
import { blockingPhrase } from '../core/scenario/report';
import { percentOf, shareOf } from '../core/format';
import { claimsOf, standingPhrase, type CaseClaims, type Claims, type ConditionCaseClaim } from '../core/rules/claims';
import type { Condition, Outcome, Pivot } from '../core/rules/outcome';
import { populationPercent } from '../core/rules/populationSplit';
import { assertNever } from '../core/result';
import { POSITIONS, type Position } from '../core/rules/vote';
import type { EvaluateRequest } from './args';
import { articleFor, RULE_INFOS, ruleInfo } from './ruleInfo';

/** 1234567 -> "1,234,567"; signed when asked ("+9", "-53,615,662"). */
export function persons(n: number, signed = false): string {
  const digits = String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : signed && n > 0 ? '+' : ''}${digits}`;
}

/** 5_912_345 -> "5.9 million"; small numbers stay exact. */
export function millions(n: number): string {
  return Math.abs(n) >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} million` : persons(n);
}

/** part / whole as "53.1 %" (one decimal; "-" when there is no whole). */
export function pct(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : '-';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Columns padded to their widest cell; `right` marks the columns aligned right (numbers). */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly boolean[] = [],
): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) =>
    r
      .map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function formatDatasets(datasets: readonly Dataset[]): string {
  const rows = datasets.map((d) => [
    d.id,
    d.label,
    `${d.period.from} to ${d.period.to}`,
    String(d.members.length),
    persons(d.total),
    d.figures,
    d.provenance.confidence,
    [
      d.id === DEFAULT_DATASET_ID ? 'default' : '',
      d.role === 'candidates' ? 'candidates only' : '',
      d.outdated ? 'outdated' : '',
    ]
      .filter(Boolean)
      .join(', '),
  ]);
  const header = ['ID', 'LABEL', 'PERIOD', 'MEMBERS', 'TOTAL', 'FIGURES', 'CONFIDENCE', 'NOTES'];
  return [
    ...table(header, rows, [false, false, false, true, true]),
    '',
    'Sources and addresses: council-vote datasets --json',
  ].join('\n');
}

export function formatRules(): string {
  return RULE_INFOS.map((r) => `${r.id.padEnd(11)} ${r.label} (${r.article})\n${' '.repeat(12)}${r.summary}`).join(
    '\n',
  );
}

interface Context {
  readonly req: EvaluateRequest;
  readonly claims: Claims;
  readonly article: string;
}

/** "24 of 27 members (88.9 %) representing 53.1 % of the population" */
/** "Date:     2019-06-01; No figures for 1 June 2019 in the app: …" when the vote has a date. */
function dateLines(req: EvaluateRequest): string[] {
  if (req.date === undefined) return [];
  const st = figuresStatus({ datasetId: req.dataset.id, positions: req.positions, date: req.date }, allDatasets());
  return [`Date:     ${req.date}${st && st.kind !== 'undated' ? `; ${figuresStatusText(st)}` : ''}`];
}

function support(e: Pick<CaseClaims, 'members' | 'population'>): string {
  const { inFavour: m, participating: n } = e.members;
  return `${m} of ${n} members (${pct(m, n)}) representing ${e.population.participating > 0 ? shareOf(e.population.inFavour, e.population.participating) : '-'} of the population`;
}

const codesWith = (req: EvaluateRequest, position: Position): CountryCode[] =>
  req.dataset.members
    .map((m) => m.code)
    .filter((c) => req.positions[c] === position)
    .sort((a, b) => protocolIndex(a) - protocolIndex(b));

/** ", even if all 3 undecided members vote against": the case a settled verdict rests on. */
function evenIf(u: number, how: string): string {
  return u > 0 ? `, even if ${u === 1 ? 'the undecided member votes' : `all ${u} undecided members vote`} ${how}` : '';
}

function adoptedSentence({ req, claims, article }: Context): string {
  const w = claims.key;
  const even = evenIf(claims.undecided, 'against');
  const { inFavour: m, participating: n, required, abstaining } = w.members;
  const weights = w.conditions.find((c) => c.id === 'weights');
  switch (req.rule.kind) {
    case 'qmv':
    case 'reinforced':
    case 'custom': {
      const popPct = populationPercent(req.rule);
      return w.margins.populationDeemed
        ? `Adopted: ${support(w)} are in favour${even}; the population condition is deemed met: fewer than ${w.blocking.requiredMembers} members are not in favour, so no blocking minority can form (${article}).`
        : `Adopted: ${support(w)} are in favour${even}; ${required} members${popPct === null ? '' : ` and ${popPct} % of the population`} are required (${article}).`;
    }
    case 'simple':
      return `Adopted: ${m} of ${n} members are in favour${even}; a majority, ${required}, is required (${article}).`;
    case 'unanimity':
      return abstaining > 0
        ? `Adopted: no member votes against; ${abstaining === 1 ? '1 abstention does' : `${abstaining} abstentions do`} not prevent adoption (${article}).`
        : `Adopted: no member votes against (${article}).`;
    case 'nice':
      return `Adopted: ${weights?.reached} of ${weights?.of} weighted votes from ${support(w)} are in favour${even} (${article}).`;
    default:
      return assertNever(req.rule);
  }
}

function notAdoptedSentence({ req, claims, article }: Context): string {
  // The firm case: even if every undecided member voted in favour, the act would fall.
  const b = claims.key;
  const even = evenIf(claims.undecided, 'in favour');
  const { inFavour: m, participating: n, required } = b.members;
  const bm = b.blocking;
  const popShare = shareOf(bm.population, b.population.participating);
  const short = (c: Condition | undefined, unit: string) =>
    `only ${c?.reached} of ${c?.of} ${unit} are in favour, ${c?.required} required`;
  const find = (id: Condition['id']) => b.conditions.find((c) => c.id === id);
  switch (req.rule.kind) {
    case 'qmv':
    case 'reinforced':
    case 'custom': {
      const popPct = populationPercent(req.rule) ?? 65;
      if (bm.routes.includes('members')) {
        const pop = bm.routes.includes('population')
          ? `, representing ${shareOf(b.population.inFavour, b.population.participating)} of the population (${popPct} % required)`
          : '';
        // The member condition is not a blocking minority: say which it is, in the treaty's terms.
        return `Not adopted on the members condition: only ${m} of ${n} members are in favour, ${required} required${pop}${even} — ${plural(bm.members, 'member', 'members')} not in favour are enough to stop it; ${blockingPhrase(bm).split(';')[0]} (${article}).`;
      }
      return `Not adopted: a blocking minority of ${bm.members} members representing ${popShare} of the population (${millions(bm.population)} people) is not in favour${even}; more than ${100 - popPct} % of the population blocks (${article}).`;
    }
    case 'simple':
      return `Not adopted: only ${m} of ${n} members are in favour; a majority, ${required}, is required${even} (${article}).`;
    case 'unanimity': {
      const against = codesWith(req, 'no');
      return `Not adopted: ${plural(claims.actual.against, 'member votes', 'members vote')} against (${against.join(', ')}); under unanimity one vote against blocks (${article}).`;
    }
    case 'nice': {
      const parts = bm.routes.map((r) =>
        r === 'weights'
          ? short(find('weights'), 'weighted votes')
          : r === 'members'
            ? short(find('members'), 'members')
            : `the majority represents only ${pct(b.population.inFavour, b.population.participating)} of the population, 62 % required`,
      );
      return `Not adopted: ${parts.join('; ')}${even} (${article}).`;
    }
    default:
      return assertNever(req.rule);
  }
}

function undeterminedSentence({ claims }: Context): string {
  const u = claims.undecided;
  return `Depends on the undecided: adopted if ${u === 1 ? 'the undecided member votes' : `all ${u} undecided members vote`} in favour, not adopted if ${u === 1 ? 'it does not' : 'none does'}. Secured: ${support(claims.worst)}; at best: ${support(claims.best)}.`;
}

/** A settled verdict that the rounding of the figures could flip: the headline says so first. */
function tooCloseSentence({ req, claims, article }: Context): string {
  const k = claims.key;
  const pop = k.conditions.find((c) => c.id === 'population');
  const against = pop ? ` against ${percentOf(pop.required, pop.of)} required` : '';
  return `Too close to call: ${support(k)} are in favour${evenIf(claims.undecided, claims.verdict === 'adopted' ? 'against' : 'in favour')}${against}; with the rounded published figures the population condition could fall either way (${article}; ${req.dataset.label}).`;
}

export function verdictSentence(req: EvaluateRequest, outcome: Outcome): string {
  const full = outcome.worst.members.participating === req.dataset.members.length;
  const ctx = { req, claims: claimsOf(outcome), article: articleFor(req.rule, full) };
  if (ctx.claims.call === 'too_close') return tooCloseSentence(ctx);
  switch (outcome.verdict) {
    case 'adopted':
      return adoptedSentence(ctx);
    case 'not_adopted':
      return notAdoptedSentence(ctx);
    case 'undetermined':
      return undeterminedSentence(ctx);
    default:
      return assertNever(outcome.verdict);
  }
}

export const TOO_CLOSE_NOTE = 'Too close to call with these figures: the dataset gives only rounded percentages.';

/**
 * One row of the worst case's figures. The status is the condition's one standing, as every other
 * surface says it: with undecided members, how it stands whatever they do ("met only if the
 * undecided vote yes"), never the worst case's own status beside it.
 */
function conditionRow({ worst: c, standing }: ConditionCaseClaim, undecided: number): string[] {
  const own = c.deemedMet ? 'not met, deemed met (too few members to block)' : c.status === 'not_met' ? 'not met' : c.status;
  const status = undecided > 0 ? standingPhrase(standing, undecided) : own;
  switch (c.id) {
    case 'population':
      return [
        c.label,
        `${persons(c.reached)} (${pct(c.reached, c.of)})`,
        `${persons(c.required)} (${pct(c.required, c.of)})`,
        persons(c.margin, true),
        status,
      ];
    case 'no_objection':
      return [c.label, `${c.reached} against`, `at most ${c.required}`, persons(c.margin, true), status];
    case 'members':
    case 'weights':
      return [c.label, `${c.reached} of ${c.of}`, String(c.required), persons(c.margin, true), status];
    default:
      return assertNever(c.id);
  }
}

/** Pivots grouped by change, largest member first: "  yes -> no makes it not adopted: ES, PL, RO". */
function pivotLines(pivots: readonly Pivot[]): string[] {
  if (pivots.length === 0) return ['Pivotal members: none (no single change alters the verdict)'];
  const groups = new Map<string, CountryCode[]>();
  for (const p of pivots) {
    const key = `${p.from} -> ${p.to} ${p.verdict === 'undetermined' ? 'makes the result depend on the undecided' : `makes it ${p.verdict === 'not_adopted' ? 'not adopted' : p.verdict}`}`;
    groups.set(key, [...(groups.get(key) ?? []), p.code]);
  }
  const only = pivots.length === 1 ? ` (${countryName(pivots[0]!.code)})` : '';
  return [
    'Pivotal members (one change alone alters the verdict):',
    ...[...groups].map(([change, codes]) => `  ${change}: ${codes.join(', ')}${only}`),
  ];
}

export function formatEvaluation(req: EvaluateRequest, outcome: Outcome): string {
  const d = req.dataset;
  const info = ruleInfo(req.rule);
  const full = outcome.worst.members.participating === d.members.length;
  const figures =
    d.figures === 'percentages' ? 'two-decimal percentages, persons estimated from them' : 'exact persons';
  const counts = POSITIONS.map(
    (p) =>
      `${codesWith(req, p).length} ${p === 'yes' ? 'in favour' : p === 'no' ? 'against' : p === 'abstain' ? 'abstaining' : p}`,
  );
  const claims = claimsOf(outcome);
  const undecidedNote = claims.undecided > 0 ? ' (undecided counted as not in favour)' : '';
  const lines = [
    verdictSentence(req, outcome),
    ...(outcome.tooCloseToCall ? [TOO_CLOSE_NOTE] : []),
    '',
    req.rule.kind === 'custom' ? `Rule:     ${info.label}: ${info.summary}` : `Rule:     ${info.label} (${articleFor(req.rule, full)})`,
    `Dataset:  ${d.id}, ${d.label}, ${d.period.from} to ${d.period.to}; confidence ${d.provenance.confidence}; ${figures}${d.outdated ? '; outdated' : ''}`,
    ...dateLines(req),
    `Members:  ${counts.join(', ')}`,
    ...pivotLines(outcome.pivots),
    '',
    `Conditions${undecidedNote}:`,
    ...table(['CONDITION', 'REACHED', 'REQUIRED', 'MARGIN', 'STATUS'], claims.conditionCases.map((cc) => conditionRow(cc, claims.undecided)), [
      false,
      true,
      true,
      true,
    ]).map((l) => `  ${l}`),
  ];
  return lines.join('\n');
}
