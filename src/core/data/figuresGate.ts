/**
 * The one gate for population figures a user adds, whatever the way they arrive: pasted in "Add
 * official figures", carried by a share link or an exported file, given to the command line with
 * `--figures`, or read back from this browser's storage. One set of checks and one set of limits,
 * the same on entry and on re-reading, so a table admitted once is never refused later.
 *
 * What a table says about itself that the receiver cannot check (its confidence, its flags, its
 * label, where a sender says it came from) is not taken as given: the receiving app assigns it.
 */
import { countryName, type CountryCode } from '../rules/countries';
import { assertNever, err, ok, type Result } from '../result';
import { clip, quote } from '../format';
import { parseDataset, type Confidence, type Dataset, type DatasetMember } from './dataset';
import { membershipOn } from './membership';
import { isCalendarDay, VOTE_DATE_MAX, VOTE_DATE_MIN } from './period';
import { ADDED_PREFIX, EUR_LEX } from './addedIds';

export { ADDED_PREFIX, EUR_LEX } from './addedIds';

/** How the figures came: pasted by the user, in a link, in a file, on the command line, or from storage. */
export type FiguresVia = 'paste' | 'link' | 'file' | 'cli' | 'stored';


/**
 * The limits every way in applies, in characters. A real label is about 50 characters, a
 * decision's title under 200, and a table's JSON a few thousand.
 */
export const FIGURES_LIMITS = { id: 40, label: 120, source: 400, note: 1_000, address: 500, memberNote: 200, json: 100_000 } as const;

/** The confidence the app gives figures: checked row by row by the user (`paste`) or by nobody it knows. */
const CONFIDENCE_OF: Readonly<Record<FiguresVia, Confidence>> = { paste: 'medium-high', stored: 'medium-high', link: 'medium', file: 'medium', cli: 'medium' };
const ASSIGNED: readonly Confidence[] = ['medium-high', 'medium'];

// Control characters (C0, C1), format characters (bidirectional overrides and isolates,
// zero-width marks) and line/paragraph separators: none belongs in a label or a decision's title.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const FORMAT = /\p{Cf}/gu;

/**
 * Text as the app keeps it: control characters become spaces, format characters (bidirectional
 * overrides, zero-width marks) go, runs of white space become one space.
 * @example cleanText('Council\u202e 2031\n') // "Council 2031"
 */
export function cleanText(text: string): string {
  return text.replace(CONTROL, ' ').replace(FORMAT, '').replace(/\s+/g, ' ').trim();
}

/** Why a table was refused: `damaged` (not a dataset), or it breaks a rule of the Council's tables. */
export type FiguresProblem = { readonly kind: 'damaged' | 'rule'; readonly text: string };

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const tooLong = (x: unknown, max: number) => typeof x === 'string' && x.length > max;

/** Sizes first, before anything walks the table: a huge field is refused in constant time. */
function sizeProblem(raw: Raw): string | undefined {
  const prov = isObject(raw.provenance) ? raw.provenance : {};
  if (tooLong(raw.id, FIGURES_LIMITS.id)) return `their id is longer than ${FIGURES_LIMITS.id} characters`;
  if (tooLong(raw.label, FIGURES_LIMITS.label)) return `their label is longer than ${FIGURES_LIMITS.label} characters`;
  if (tooLong(prov.source, FIGURES_LIMITS.source)) return `their source (the Council decision) is longer than ${FIGURES_LIMITS.source} characters`;
  if (tooLong(prov.note, FIGURES_LIMITS.note)) return `their note is longer than ${FIGURES_LIMITS.note} characters`;
  if (tooLong(prov.address, FIGURES_LIMITS.address)) return `their address is longer than ${FIGURES_LIMITS.address} characters`;
  if (Array.isArray(raw.members) && raw.members.length > 60) return `they list ${raw.members.length} members; the Council never had more than 28`;
  if (Array.isArray(raw.members) && raw.members.some((m) => isObject(m) && tooLong(m.note, FIGURES_LIMITS.memberNote))) return `a member's note is longer than ${FIGURES_LIMITS.memberNote} characters`;
  return undefined;
}

function periodProblem(from: string, to: string): string | undefined {
  if (!isCalendarDay(from)) return `their first day ${quote(from, 20)} is not a calendar day`;
  if (!isCalendarDay(to)) return `their last day ${quote(to, 20)} is not a calendar day`;
  if (to < from) return `their period ${from} to ${to} ends before it begins`;
  if (from < VOTE_DATE_MIN) return `their period begins before ${VOTE_DATE_MIN}, when the app's knowledge of the Council begins`;
  if (to > VOTE_DATE_MAX) return `their period ends after ${VOTE_DATE_MAX}`;
  return undefined;
}

/**
 * The members of the table against the Union's on its first day (the Council's members change
 * only by accession or withdrawal, Art. 49 and 50 TEU).
 */
export function membershipProblem(codes: readonly CountryCode[], from: string): string | undefined {
  const union = membershipOn(from);
  if (!union) return `no Union is known on ${from}`;
  const have = codes as readonly string[];
  const missing = union.members.filter((c) => !have.includes(c));
  if (missing.length > 0) return `no row for ${missing.map((c) => countryName(c as CountryCode)).join(', ')}: the Union had ${union.members.length} members on ${from}`;
  const extra = codes.find((c) => !(union.members as readonly string[]).includes(c));
  if (extra) return `${countryName(extra) ?? String(extra)} was not a member of the Union on ${from}`;
  return undefined;
}

const yearLabel = (ds: Pick<Dataset, 'period' | 'members'>) => {
  const from = ds.period.from;
  const since = from.endsWith('-01-01') ? '' : `, from ${from}`;
  return `Council ${from.slice(0, 4)} (EU-${ds.members.length}${since})`;
};

/** What the app keeps of a table that passed: its own label, confidence and flags; cleaned texts. */
function assigned(ds: Dataset, via: FiguresVia): Dataset {
  const kept = via === 'stored' || via === 'paste';
  const confidence = via === 'stored' && ASSIGNED.includes(ds.provenance.confidence) ? ds.provenance.confidence : CONFIDENCE_OF[via];
  // The sender chose the address: only a EUR-Lex one is kept as the place to check them.
  const address = kept || ds.provenance.address.startsWith(EUR_LEX) ? ds.provenance.address : EUR_LEX;
  const members: DatasetMember[] = ds.members.map(({ note, ...m }) => (kept && note && cleanText(note) ? { ...m, note: cleanText(note) } : m));
  return {
    ...ds,
    label: kept ? cleanText(ds.label) : yearLabel(ds),
    members,
    provenance: { source: cleanText(ds.provenance.source), address, confidence, note: kept ? cleanText(ds.provenance.note) : `Came with ${via === 'cli' ? 'the command line' : `a ${via}`}; who made it cannot be known. Not compared with the Official Journal.` },
    outdated: false,
    editable: false,
  };
}

/**
 * Checks one table on its own, as every way in must: the dataset file's form ({@link parseDataset}),
 * the limits ({@link FIGURES_LIMITS}), real calendar days in order, and the Union's members on its
 * first day, exactly (Annex III of the Council's Rules of Procedure, Art. 11(6), lists every member
 * and only them). Texts are cleaned; label, confidence and flags are the app's, not the sender's.
 * Ids start with `added-`, except on the command line, which also reads dataset files of its own.
 * @example tableOf(JSON.parse(text), 'link') // ok(dataset) or err({ kind: 'rule', text: 'no row for Malta: …' })
 */
export function tableOf(raw: unknown, via: FiguresVia): Result<Dataset, FiguresProblem> {
  const damaged = (text: string) => err<FiguresProblem>({ kind: 'damaged', text });
  const rule = (text: string) => err<FiguresProblem>({ kind: 'rule', text });
  if (!isObject(raw)) return damaged('they are not a table');
  const size = sizeProblem(raw);
  if (size) return damaged(size);
  const parsed = parseDataset(raw, 'figures');
  if (!parsed.ok) return damaged(clip(parsed.error.message.replace(/^figures: /, '').replace(/\.$/, ''), 160));
  const ds = parsed.value;
  if (ds.role !== 'council') return damaged('they list candidate countries, not a Council');
  if (via !== 'cli' && !ds.id.startsWith(ADDED_PREFIX)) return damaged(`id must start with "${ADDED_PREFIX}" and role be "council"`);
  if (!/^https:\/\//.test(ds.provenance.address)) return damaged('provenance.address must start with https://');
  const period = periodProblem(ds.period.from, ds.period.to);
  if (period) return rule(period);
  const members = membershipProblem(ds.members.map((m) => m.code), ds.period.from);
  if (members) return rule(members);
  const out = assigned(ds, via);
  if (out.provenance.source.length < 4) return rule('their source (the Council decision) is missing');
  if (!out.label) return rule('their label is missing');
  return ok(out);
}

/** A known Council table an added one cannot sit beside (see {@link clashOf}). */
export interface Clash {
  /**
   * `added`: the period overlaps other added figures (added by hand, or kept from a link or a
   * file: the table's label says which); `differs`: it overlaps a shipped table with other figures.
   */
  readonly kind: 'added' | 'differs';
  readonly table: Dataset;
}

/** Same figures: the same total and the same two-decimal share for every member. */
function sameFigures(a: Dataset, b: Dataset): boolean {
  const share = (d: Dataset, code: CountryCode) => {
    const m = d.members.find((x) => x.code === code);
    return m && (m.shareBasisPoints ?? Math.floor((20000 * m.population + d.total) / (2 * d.total)));
  };
  return a.total === b.total && a.members.length === b.members.length && a.members.every((m) => share(a, m.code) === share(b, m.code));
}

/**
 * The first known Council table whose period overlaps `ds` and which cannot be kept beside it:
 * any added table (one table in force per day, Art. 11(6) of the Council's Rules of
 * Procedure), or a shipped table with different figures. Undefined when `ds` fits. Periods are
 * real calendar days in order (see {@link tableOf}), so comparing their text compares the days.
 * @example clashOf(added2031, allDatasets()) // undefined, or { kind: 'added', table: … }
 */
export function clashOf(ds: Dataset, known: readonly Dataset[]): Clash | undefined {
  for (const k of known.filter((d) => d.role === 'council')) {
    if (k.period.to < ds.period.from || k.period.from > ds.period.to) continue;
    if (k.id.startsWith(ADDED_PREFIX)) return { kind: 'added', table: k };
    if (!sameFigures(k, ds)) return { kind: 'differs', table: k };
  }
  return undefined;
}

/** Figures admitted, and how they relate to the tables the receiver knows. */
export interface CarriedFigures {
  /** The figures as the app keeps them (for `same`: the receiver's own table, identical in every figure). */
  readonly dataset: Dataset;
  /** `new`: the receiver has no table under this id; `same`: they have this very table. */
  readonly relation: 'new' | 'same';
}

export interface AdmitOptions {
  readonly via: FiguresVia;
  /** Names the figures in messages: "the population figures in this link", "--figures x.json". */
  readonly where: string;
  /** The receiver's tables (shipped and added); none for `stored`, which is read before anything else. */
  readonly known?: readonly Dataset[];
  /** Tables read before from the same file. */
  readonly earlier?: readonly Dataset[];
}

/**
 * Same period and the same figure for every member (labels, notes and sources may differ): the
 * receiver's table can stand in for the carried one, every verdict being the same.
 * @example sameTable(receivedFigures(ds, 'link', '2031-02-01'), ds) // true
 */
export function sameTable(a: Dataset, b: Dataset): boolean {
  const key = (d: Dataset) => d.members.map((m) => `${m.code}:${d.figures === 'persons' ? m.population : m.shareBasisPoints}`).join(',');
  return a.period.from === b.period.from && a.period.to === b.period.to && a.figures === b.figures && a.total === b.total && key(a) === key(b);
}

const describe = (d: Dataset) => `${clip(d.label)} (${d.period.from} to ${d.period.to}, ${clip(d.provenance.source)})`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The refusal as each way in says it: a sentence of the dialog, a notice, a line on stderr, a kept copy's reason. */
function said(p: FiguresProblem, via: FiguresVia, where: string): string {
  switch (via) {
    case 'paste':
      return `${capital(p.text)}.`;
    case 'cli':
      return `${where}: ${p.text}`;
    case 'stored':
      return p.text;
    case 'link':
    case 'file':
      return p.kind === 'damaged' ? `${where} are damaged (${p.text}), so nothing was used.` : `${where} were refused (${p.text}); nothing was used.`;
    default:
      return assertNever(via);
  }
}

/** An overlap with a known table, as each way in says it. */
function overlap(ds: Dataset, clash: Clash, via: FiguresVia, where: string): string {
  const k = clash.table;
  if (via === 'paste') {
    return clash.kind === 'added'
      ? `The period ${ds.period.from} to ${ds.period.to} overlaps ${k.label} (${k.period.from} to ${k.period.to}), already among your figures; remove it first.`
      : `The period ${ds.period.from} to ${ds.period.to} overlaps ${k.label} (${k.period.from} to ${k.period.to}), whose figures differ; check the first day the figures apply.`;
  }
  if (via === 'cli') return `${where}: its period ${ds.period.from} to ${ds.period.to} overlaps ${k.id} (${k.period.from} to ${k.period.to}), whose figures differ; one table is in force per day`;
  // An added table is named by its label, which says where it came from (added by you, from a link, from a file).
  const why = clash.kind === 'added' ? 'figures already among yours for an overlapping period' : 'a table of this app for an overlapping period whose figures differ';
  return `${where} (${describe(ds)}) cannot sit beside ${why}, ${describe(k)}. Yours were kept.`;
}

const refuse = (message: string): Result<never> => err({ code: 'import.invalid', message });

/**
 * The one way population figures are admitted, from every path (`via`): the table checked on
 * its own ({@link tableOf}), then against `earlier` tables of the same file and the receiver's
 * `known` ones — one table in force per day (Art. 11(6) of the Council's Rules of Procedure): an
 * overlap with an added table, or with a shipped one whose figures differ, is refused, and a
 * table under a known id is either that very table (`same`) or refused, never silently replaced.
 * @example admitFigures(payload.figures, { via: 'link', where: 'the population figures in this link', known: allDatasets() }) // ok({ dataset, relation: 'new' })
 * @example admitFigures(raw, { via: 'cli', where: '--figures 2031.json', known: DATASETS }) // err: "--figures 2031.json: no row for Malta: …"
 */
export function admitFigures(raw: unknown, opts: AdmitOptions): Result<CarriedFigures> {
  const { via, where, known = [], earlier = [] } = opts;
  const table = tableOf(raw, via);
  if (!table.ok) return refuse(said(table.error, via, where));
  const ds = table.value;
  const sibling = clashOf(ds, earlier)?.table;
  if (sibling) return refuse(`two tables in this file overlap: ${describe(sibling)} and ${describe(ds)}; one table is in force per day, so nothing was used.`);
  const mine = via === 'paste' ? undefined : known.find((k) => k.id === ds.id);
  if (mine && via === 'cli') return refuse(`${where} has the id ${quote(ds.id)} of a table the app ships; give it an id of its own`);
  if (mine) {
    if (sameTable(mine, ds)) return ok({ dataset: mine, relation: 'same' });
    return refuse(`${where} (${describe(ds)}) differ from your figures under the same name, ${describe(mine)}. Yours were kept; to use the others, remove yours first.`);
  }
  const clash = clashOf(ds, known);
  return clash ? refuse(overlap(ds, clash, via, where)) : ok({ dataset: ds, relation: 'new' });
}
