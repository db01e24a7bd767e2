/**
 * The Council's public voting record on legislative acts (Art. 16(8) TEU: the Council meets in
 * public when it deliberates and votes on a draft legislative act; its votes are published under
 * Art. 7 and 9 of its Rules of Procedure). Shipped compact in data/votes/council-votes.json and
 * validated once at load by {@link parseVoteRecord}, which names the vote and field at fault.
 */
import { parseCountryCode, PROTOCOL_ORDER, type CountryCode, type KnownCode } from '../rules/countries';
import { err, ok, type Result } from '../result';

/** How the Council recorded the rule: QMV (Art. 16(3) TEU), unanimity, or reinforced QMV (Art. 238(2) TFEU). */
export const RECORDED_RULES = ['qmv', 'unanimity', 'reinforced'] as const;
export type RecordedRule = (typeof RECORDED_RULES)[number];

/** The four lists of a recorded vote, as the Council publishes them. */
export const RECORDED_POSITIONS = ['yes', 'no', 'abstain', 'absent'] as const;
export type RecordedPosition = (typeof RECORDED_POSITIONS)[number];

export interface RecordedVote {
  /** The Council's own id of the voting procedure. */
  readonly id: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly rule: RecordedRule;
  /** Policy area; null where the record gives none. */
  readonly area: string | null;
  /** Council configuration; null where the record gives none. */
  readonly configuration: string | null;
  /** Interinstitutional procedure code as written in the record (spacing varies), e.g. "2021/0197 (COD)". */
  readonly procedure: string | null;
  /** The documents' titles, cut to 300 characters; null where the record gives none. */
  readonly title: string | null;
  /** Members in favour, against, abstaining and not participating, in protocol order. */
  readonly lists: Readonly<Record<RecordedPosition, readonly CountryCode[]>>;
}

export interface ExcludedVote {
  readonly id: string;
  readonly date: string;
  /** Why it is left out, in one sentence. */
  readonly reason: string;
}

export interface RecordSource {
  readonly title: string;
  /** The attribution the licence asks for, verbatim. */
  readonly attribution: string;
  readonly licence: string;
  readonly licenceAddress: string;
  readonly address: string;
  /** Which copy, and what was changed on the way. */
  readonly note: string;
}

export interface VoteRecord {
  readonly source: RecordSource;
  readonly areas: readonly string[];
  readonly configurations: readonly string[];
  /** By date, then id. */
  readonly votes: readonly RecordedVote[];
  readonly excluded: readonly ExcludedVote[];
}

export const RECORD_FORMAT_VERSION = 1;
export const TITLE_MAX = 300;
/** The columns of one vote in the compact file. */
export const VOTE_COLUMNS = [
  'id',
  'date',
  'rule',
  'area',
  'configuration',
  'procedure',
  'yes',
  'no',
  'abstain',
  'absent',
  'title',
] as const;

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;
const EU_MEMBERS: readonly KnownCode[] = PROTOCOL_ORDER.slice(0, PROTOCOL_ORDER.indexOf('UK') + 1);

const fail = (path: string, problem: string): Result<never> =>
  err({ code: 'import.invalid', message: `Voting record: ${path} ${problem}.`, path });

/** A real calendar date written YYYY-MM-DD (2021-02-30 is refused). */
export function isCalendarDate(x: unknown): x is string {
  if (typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)) return false;
  const d = new Date(`${x}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === x;
}

function parseSource(raw: unknown): Result<RecordSource> {
  if (!isObject(raw)) return fail('source', 'must be an object');
  const keys = ['title', 'attribution', 'licence', 'licenceAddress', 'address', 'note'] as const;
  for (const k of keys) if (!isText(raw[k])) return fail(`source.${k}`, 'is missing');
  return ok(Object.fromEntries(keys.map((k) => [k, raw[k]])) as unknown as RecordSource);
}

function parseNames(raw: unknown, key: string): Result<string[]> {
  if (!Array.isArray(raw) || !raw.every(isText)) return fail(key, 'must be a list of names');
  if (new Set(raw).size !== raw.length) return fail(key, 'lists a name twice');
  return ok(raw);
}

function indexed(x: unknown, names: readonly string[], path: string): Result<string | null> {
  if (x === null) return ok(null);
  if (!Number.isInteger(x) || (x as number) < 0 || (x as number) >= names.length)
    return fail(path, `must be null or an index into the list (found ${JSON.stringify(x)})`);
  return ok(names[x as number]!);
}

function optionalText(x: unknown, path: string, max: number): Result<string | null> {
  if (x === '' || x === null) return ok(null);
  if (!isText(x)) return fail(path, 'must be text');
  if (x.length > max) return fail(path, `is longer than ${max} characters`);
  return ok(x);
}

function parseLists(row: readonly unknown[], at: string): Result<Record<RecordedPosition, CountryCode[]>> {
  const seen = new Map<string, RecordedPosition>();
  const lists = {} as Record<RecordedPosition, CountryCode[]>;
  for (const [i, position] of RECORDED_POSITIONS.entries()) {
    const text = row[6 + i];
    if (typeof text !== 'string') return fail(`${at}.${position}`, 'must be space-separated codes');
    const codes: CountryCode[] = [];
    for (const word of text.split(' ').filter(Boolean)) {
      const code = parseCountryCode(word);
      if (!code.ok || word !== code.value || !EU_MEMBERS.includes(word as KnownCode))
        return fail(`${at}.${position}`, `has "${word}", which is not a member's code as the Council writes it`);
      const before = seen.get(word);
      if (before) return fail(`${at}.${position}`, `names ${word}, already listed under ${before}`);
      seen.set(word, position);
      codes.push(code.value);
    }
    lists[position] = codes.sort(
      (a, b) => PROTOCOL_ORDER.indexOf(a as KnownCode) - PROTOCOL_ORDER.indexOf(b as KnownCode),
    );
  }
  if (seen.size === 0) return fail(at, 'lists no member at all');
  return ok(lists);
}

function parseVote(
  row: unknown,
  at: string,
  areas: readonly string[],
  configurations: readonly string[],
): Result<RecordedVote> {
  if (!Array.isArray(row) || row.length !== VOTE_COLUMNS.length)
    return fail(at, `must be a list of ${VOTE_COLUMNS.length} fields (${VOTE_COLUMNS.join(', ')})`);
  const [id, date, rule, area, configuration, procedure] = row as unknown[];
  if (typeof id !== 'string' || !/^\d+$/.test(id))
    return fail(`${at}.id`, `must be the Council's numeric id (found ${JSON.stringify(id)})`);
  const where = `${at} (vote ${id})`;
  if (!isCalendarDate(date) || date < '2007-01-01')
    return fail(`${where}.date`, `must be a date from 2007 written YYYY-MM-DD (found ${JSON.stringify(date)})`);
  if (!(RECORDED_RULES as readonly unknown[]).includes(rule))
    return fail(`${where}.rule`, `must be one of ${RECORDED_RULES.join(', ')} (found ${JSON.stringify(rule)})`);
  const a = indexed(area, areas, `${where}.area`);
  if (!a.ok) return a;
  const c = indexed(configuration, configurations, `${where}.configuration`);
  if (!c.ok) return c;
  const p = optionalText(procedure, `${where}.procedure`, 100);
  if (!p.ok) return p;
  const title = optionalText(row[10], `${where}.title`, TITLE_MAX);
  if (!title.ok) return title;
  const lists = parseLists(row, where);
  if (!lists.ok) return lists;
  return ok({
    id,
    date,
    rule: rule as RecordedRule,
    area: a.value,
    configuration: c.value,
    procedure: p.value,
    title: title.value,
    lists: lists.value,
  });
}

function parseExcluded(raw: unknown): Result<ExcludedVote[]> {
  if (!Array.isArray(raw)) return fail('excluded', 'must be a list');
  const out: ExcludedVote[] = [];
  for (const [i, e] of raw.entries()) {
    if (!isObject(e) || typeof e.id !== 'string' || !isCalendarDate(e.date) || !isText(e.reason))
      return fail(`excluded[${i}]`, 'must be { id, date, reason }');
    out.push({ id: e.id, date: e.date, reason: e.reason });
  }
  return ok(out);
}

/**
 * The one gate for the voting record: checks the source, every vote's id, date, rule, area,
 * configuration and lists (Council codes, EL for Greece; each member in one list at most).
 * @example parseVoteRecord(JSON.parse(text)).value.votes.length // 1438
 */
export function parseVoteRecord(raw: unknown): Result<VoteRecord> {
  if (!isObject(raw)) return fail('the file', 'is not a JSON object');
  if (raw.formatVersion !== RECORD_FORMAT_VERSION)
    return fail('formatVersion', `must be ${RECORD_FORMAT_VERSION} (found ${JSON.stringify(raw.formatVersion)})`);
  const source = parseSource(raw.source);
  if (!source.ok) return source;
  const areas = parseNames(raw.areas, 'areas');
  if (!areas.ok) return areas;
  const configurations = parseNames(raw.configurations, 'configurations');
  if (!configurations.ok) return configurations;
  if (!Array.isArray(raw.votes)) return fail('votes', 'must be a list');
  const votes: RecordedVote[] = [];
  const ids = new Set<string>();
  for (const [i, row] of raw.votes.entries()) {
    const v = parseVote(row, `votes[${i}]`, areas.value, configurations.value);
    if (!v.ok) return v;
    if (ids.has(v.value.id)) return fail(`votes[${i}].id`, `repeats vote ${v.value.id}`);
    ids.add(v.value.id);
    votes.push(v.value);
  }
  const excluded = parseExcluded(raw.excluded);
  if (!excluded.ok) return excluded;
  const clash = excluded.value.find((e) => ids.has(e.id));
  if (clash) return fail('excluded', `lists vote ${clash.id}, which is also among the votes`);
  votes.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : Number(x.id) - Number(y.id)));
  return ok({
    source: source.value,
    areas: areas.value,
    configurations: configurations.value,
    votes,
    excluded: excluded.value,
  });
}

/** A member's position in a recorded vote; undefined when no list names it. */
export function recordedPosition(v: RecordedVote, code: CountryCode | KnownCode): RecordedPosition | undefined {
  return RECORDED_POSITIONS.find((p) => v.lists[p].includes(code as CountryCode));
}

/** Contested: at least one member voted against or abstained. */
export function isContested(v: RecordedVote): boolean {
  return v.lists.no.length > 0 || v.lists.abstain.length > 0;
}
