/**
 * Council votes reported in the press since the public voting record ends (18 September 2023):
 * kept apart from the record (record.ts), each with its own sources and a confidence. Shipped in
 * data/votes/reported.json and validated once at load by {@link parseReportedVotes}, which names
 * the vote and field at fault.
 */
import { CONFIDENCES, isHttpsAddress, type Confidence } from '../data/dataset';
import { parseCountryCode, PROTOCOL_ORDER, type CountryCode, type KnownCode } from '../rules/countries';
import { err, ok, type Result } from '../result';
import { membershipOn } from '../data/membership';
import { isCalendarDate, RECORDED_RULES, TITLE_MAX, type RecordedRule } from './record';

/** What the vote decided: the act itself, or the Council's negotiating position on it. */
export const REPORTED_STAGES = ['adoption', 'general_approach'] as const;
export type ReportedStage = (typeof REPORTED_STAGES)[number];

/** The outcome as reported: a qualified majority reached, or not. */
export const REPORTED_OUTCOMES = ['adopted', 'not_adopted'] as const;
export type ReportedOutcome = (typeof REPORTED_OUTCOMES)[number];

export interface ReportedSource {
  /** The site's name. */
  readonly label: string;
  /** The article's address (never a site's home page). */
  readonly url: string;
  /** The article's title as published (in its language), or an English rendering of it in brackets. */
  readonly title: string;
  /** The day the article was published (YYYY-MM-DD), where it is known. */
  readonly published: string | null;
  /** The agency the site reports, if it names one. */
  readonly via: string | null;
  /** What the source gives, in a few words: "positions", "number of members … in favour". */
  readonly supports: string;
}

export interface ReportedShare {
  /** Share of the Union's population in favour as published, in hundredths of a percentage point. */
  readonly inFavour: number;
  /** The figures the published share rests on. */
  readonly table: string;
  readonly source: ReportedSource;
}

export interface ReportedVote {
  /** The vote's date and a slug: "2026-01-09-eu-mercosur". */
  readonly id: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly title: string;
  readonly stage: ReportedStage;
  /** One or two sentences on the procedure (written procedure, legal basis); null where none. */
  readonly details: string | null;
  readonly rule: RecordedRule;
  /** Policy area and Council configuration, only where a source states them. */
  readonly area: string | null;
  readonly configuration: string | null;
  /** Members reported against, abstaining and not participating, in protocol order. */
  readonly against: readonly CountryCode[];
  readonly abstained: readonly CountryCode[];
  readonly notParticipating: readonly CountryCode[];
  /** The number of members reported in favour. */
  readonly reportedInFavour: number;
  readonly outcome: ReportedOutcome;
  readonly confidence: Confidence;
  readonly sources: readonly ReportedSource[];
  readonly publishedShare: ReportedShare | null;
}

export interface ReportedVotes {
  /** What these votes are, in a sentence or two. */
  readonly note: string;
  /** Newest first. */
  readonly votes: readonly ReportedVote[];
}

export const REPORTED_FORMAT_VERSION = 1;
const LISTS = ['against', 'abstained', 'notParticipating'] as const;

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;
const found = (x: unknown) => `(found ${JSON.stringify(x)})`;
const fail = (path: string, problem: string): Result<never> =>
  err({ code: 'import.invalid', message: `Reported votes: ${path} ${problem}.`, path });

function optionalText(x: unknown, path: string, max: number): Result<string | null> {
  if (x === null) return ok(null);
  if (!isText(x)) return fail(path, `must be text or null ${found(x)}`);
  if (x.length > max) return fail(path, `is longer than ${max} characters`);
  return ok(x);
}

/**
 * Whether an address is only a site's home page (no path, query or fragment beyond "/"): a reader
 * cannot check a claim from it.
 * @example isSiteRoot('https://tg24.sky.it/') // true
 * @example isSiteRoot('https://cyberwarzone.com/?p=2008') // false
 */
export function isSiteRoot(url: string): boolean {
  const u = new URL(url);
  return (u.pathname === '/' || u.pathname === '') && u.search === '' && u.hash === '';
}

function parseSource(raw: unknown, at: string): Result<ReportedSource> {
  if (!isObject(raw)) return fail(at, 'must be { label, url, supports }');
  if (!isText(raw.label)) return fail(`${at}.label`, 'is missing');
  if (!isHttpsAddress(raw.url)) return fail(`${at}.url`, `must be an https:// address ${found(raw.url)}`);
  if (isSiteRoot(raw.url)) return fail(`${at}.url`, `must be the article's address, not a site's home page ${found(raw.url)}`);
  if (!isText(raw.title)) return fail(`${at}.title`, "must give the article's title");
  if (raw.published !== null && !isCalendarDate(raw.published)) return fail(`${at}.published`, `must be a day YYYY-MM-DD or null ${found(raw.published)}`);
  if (!isText(raw.supports)) return fail(`${at}.supports`, 'must say what the source gives');
  if (raw.via !== undefined && !isText(raw.via)) return fail(`${at}.via`, 'must be text when given');
  return ok({ label: raw.label, url: raw.url, title: raw.title, published: raw.published as string | null, via: isText(raw.via) ? raw.via : null, supports: raw.supports });
}

function parseCodes(raw: unknown, at: string, members: readonly KnownCode[]): Result<CountryCode[]> {
  if (!Array.isArray(raw)) return fail(at, 'must be a list of codes');
  const codes: CountryCode[] = [];
  for (const [i, word] of raw.entries()) {
    const code = parseCountryCode(typeof word === 'string' ? word : '');
    if (!code.ok || word !== code.value || !members.includes(word as KnownCode))
      return fail(
        `${at}[${i}]`,
        `is ${JSON.stringify(word)}, not the code of a member on that day as the Council writes it`,
      );
    codes.push(code.value);
  }
  return ok(codes.sort((a, b) => PROTOCOL_ORDER.indexOf(a as KnownCode) - PROTOCOL_ORDER.indexOf(b as KnownCode)));
}

function parseShare(raw: unknown, at: string, sources: readonly ReportedSource[]): Result<ReportedShare | null> {
  if (raw === null) return ok(null);
  if (!isObject(raw)) return fail(at, 'must be null or { inFavour, table, source }');
  const { inFavour, table, source } = raw;
  if (!Number.isInteger(inFavour) || (inFavour as number) < 0 || (inFavour as number) > 10_000)
    return fail(`${at}.inFavour`, `must be hundredths of a percentage point, 0 to 10000 ${found(inFavour)}`);
  if (!isText(table)) return fail(`${at}.table`, 'must name the figures the share rests on');
  const s = Number.isInteger(source) ? sources[source as number] : undefined;
  if (!s) return fail(`${at}.source`, `must be the index of one of the vote's sources ${found(source)}`);
  return ok({ inFavour: inFavour as number, table, source: s });
}

function oneOf<T extends string>(list: readonly T[], x: unknown, path: string): Result<T> {
  return (list as readonly unknown[]).includes(x)
    ? ok(x as T)
    : fail(path, `must be one of ${list.join(', ')} ${found(x)}`);
}

function parseVote(raw: unknown, at: string): Result<ReportedVote> {
  if (!isObject(raw)) return fail(at, 'must be an object');
  const { id, date } = raw;
  if (!isCalendarDate(date) || date < '2023-09-19')
    return fail(`${at}.date`, `must be a date after the record's last (2023-09-18), written YYYY-MM-DD ${found(date)}`);
  if (typeof id !== 'string' || !/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || !id.startsWith(date))
    return fail(`${at}.id`, `must be the date and a slug, e.g. "${date}-short-name" ${found(id)}`);
  const where = `${at} (${id})`;
  if (!isText(raw.title) || raw.title.length > TITLE_MAX)
    return fail(`${where}.title`, `must be text of at most ${TITLE_MAX} characters`);
  const stage = oneOf(REPORTED_STAGES, raw.stage, `${where}.stage`);
  if (!stage.ok) return stage;
  const rule = oneOf(RECORDED_RULES, raw.rule, `${where}.rule`);
  if (!rule.ok) return rule;
  const outcome = oneOf(REPORTED_OUTCOMES, raw.outcome, `${where}.outcome`);
  if (!outcome.ok) return outcome;
  const confidence = oneOf(CONFIDENCES, raw.confidence, `${where}.confidence`);
  if (!confidence.ok) return confidence;
  const texts: (string | null)[] = [];
  for (const [key, max] of [
    ['details', 400],
    ['area', 100],
    ['configuration', 100],
  ] as const) {
    const t = optionalText(raw[key], `${where}.${key}`, max);
    if (!t.ok) return t;
    texts.push(t.value);
  }
  const members = membershipOn(date)!.members;
  const lists: CountryCode[][] = [];
  const seen = new Map<string, string>();
  for (const key of LISTS) {
    const codes = parseCodes(raw[key], `${where}.${key}`, members);
    if (!codes.ok) return codes;
    const twice = codes.value.find((c) => seen.has(c));
    if (twice) return fail(`${where}.${key}`, `names ${twice}, already listed under ${seen.get(twice)}`);
    for (const c of codes.value) seen.set(c, key);
    lists.push(codes.value);
  }
  const n = raw.reportedInFavour;
  const unnamed = members.length - seen.size;
  if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > unnamed)
    return fail(
      `${where}.reportedInFavour`,
      `must be a whole number from 0 to ${unnamed}, the members not named in the lists ${found(n)}`,
    );
  if (!Array.isArray(raw.sources) || raw.sources.length === 0)
    return fail(`${where}.sources`, 'must list at least one source');
  const sources: ReportedSource[] = [];
  for (const [i, s] of raw.sources.entries()) {
    const source = parseSource(s, `${where}.sources[${i}]`);
    if (!source.ok) return source;
    sources.push(source.value);
  }
  const share = parseShare(raw.publishedShare, `${where}.publishedShare`, sources);
  if (!share.ok) return share;
  return ok({
    id,
    date,
    title: raw.title,
    stage: stage.value,
    details: texts[0]!,
    rule: rule.value,
    area: texts[1]!,
    configuration: texts[2]!,
    against: lists[0]!,
    abstained: lists[1]!,
    notParticipating: lists[2]!,
    reportedInFavour: n as number,
    outcome: outcome.value,
    confidence: confidence.value,
    sources,
    publishedShare: share.value,
  });
}

/**
 * The one gate for the reported votes: checks every vote's id, date (after the record ends),
 * rule, stage, outcome, confidence, lists (members on that day, each in one list at most), the
 * number in favour (at most the members not named), sources (https) and published share.
 * @example parseReportedVotes(JSON.parse(text)).value.votes[0].id // '2026-01-26-russian-gas'
 */
export function parseReportedVotes(raw: unknown): Result<ReportedVotes> {
  if (!isObject(raw)) return fail('the file', 'is not a JSON object');
  if (raw.formatVersion !== REPORTED_FORMAT_VERSION)
    return fail('formatVersion', `must be ${REPORTED_FORMAT_VERSION} ${found(raw.formatVersion)}`);
  if (!isText(raw.note)) return fail('note', 'is missing');
  if (!Array.isArray(raw.votes)) return fail('votes', 'must be a list');
  const votes: ReportedVote[] = [];
  for (const [i, row] of raw.votes.entries()) {
    const v = parseVote(row, `votes[${i}]`);
    if (!v.ok) return v;
    if (votes.some((x) => x.id === v.value.id)) return fail(`votes[${i}].id`, `repeats ${v.value.id}`);
    votes.push(v.value);
  }
  votes.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : 1));
  return ok({ note: raw.note, votes });
}
