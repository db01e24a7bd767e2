/**
 * Official figures the user adds in the app: an Annex III table (Council Rules of Procedure,
 * Art. 11(6)) pasted from EUR-Lex, checked by the same parser as `npm run data:import`, plus the
 * membership on the first day and the periods of the tables already known.
 */
import { countryName, type CountryCode } from '../rules/countries';
import { err, ok, type Result } from '../result';
import { datasetFileOf, parseAnnexTable, type ParsedAnnex } from './annexImport';
import { parseDataset, type Dataset } from './dataset';
import { UK_LEFT } from './period';

/** Ids of added datasets start with this, so they can never take a shipped table's id. */
export const ADDED_PREFIX = 'added-';
/** Where the decisions are published, when the user gives no address of their own. */
export const EUR_LEX = 'https://eur-lex.europa.eu/';

const EU27: readonly string[] = 'BE BG CZ DK DE EE IE EL ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE'.split(' ');

export interface AddedMeta {
  /** First day the figures apply (YYYY-MM-DD); by default the period runs to 31 December of that year. */
  readonly from: string;
  readonly to?: string;
  /** The Council decision, as the user confirms it. */
  readonly decision: string;
  /** The decision on EUR-Lex (https only); EUR-Lex's home page when empty. */
  readonly address?: string;
  /** The day the user added it (YYYY-MM-DD). */
  readonly addedOn: string;
  /** Where the text came from: a file name, or empty for pasted text. */
  readonly fileName?: string;
}

const refuse = (message: string): Result<never> => err({ code: 'import.invalid', message });

/** The members of the Union on `date`: EU-28 with the United Kingdom before 1 February 2020. */
export function membersOn(date: string): readonly string[] {
  return date < UK_LEFT ? [...EU27, 'UK'] : EU27;
}

/** Same figures: the same total and the same two-decimal share for every member. */
function sameFigures(a: Dataset, b: Dataset): boolean {
  const share = (d: Dataset, code: CountryCode) => {
    const m = d.members.find((x) => x.code === code);
    return m && (m.shareBasisPoints ?? Math.floor((20000 * m.population + d.total) / (2 * d.total)));
  };
  return a.total === b.total && a.members.length === b.members.length && a.members.every((m) => share(a, m.code) === share(b, m.code));
}

function checkMembers(parsed: ParsedAnnex, from: string): Result<ParsedAnnex> {
  const expected = membersOn(from);
  const have = parsed.rows.map((r) => r.code as string);
  const missing = expected.filter((c) => !have.includes(c));
  if (missing.length > 0) {
    const names = missing.map((c) => countryName(c as CountryCode)).join(', ');
    return refuse(`No row for ${names}: the Union had ${expected.length} members on ${from}.`);
  }
  const extra = parsed.rows.find((r) => !expected.includes(r.code));
  if (extra) return refuse(`line ${extra.line}: ${countryName(extra.code)} was not a member of the Union on ${from}.`);
  return ok(parsed);
}

/**
 * An Annex III table and the user's confirmation (first day, decision) to a dataset like the
 * shipped ones, or the reason it is refused: any problem of the table (with its line), a
 * missing member, a period overlapping a known table whose figures differ.
 * @example addedDatasetOf(text, { from: '2027-01-01', decision: 'Council Decision (EU, Euratom) 2026/…', addedOn: '2026-12-20' }, allDatasets())
 */
export function addedDatasetOf(text: string, meta: AddedMeta, known: readonly Dataset[]): Result<Dataset> {
  const parsed = parseAnnexTable(text);
  if (!parsed.ok) return parsed;
  const from = meta.from.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return refuse('The first day the figures apply is missing (YYYY-MM-DD).');
  const to = meta.to?.trim() || `${from.slice(0, 4)}-12-31`;
  const decision = meta.decision.trim();
  if (decision.length < 4) return refuse('The Council decision is missing: name the decision the table comes from.');
  const address = meta.address?.trim() || EUR_LEX;
  if (!/^https:\/\/\S+$/.test(address)) return refuse(`The address must start with https:// (found "${address.slice(0, 80)}").`);
  const members = checkMembers(parsed.value, from);
  if (!members.ok) return members;
  const year = from.slice(0, 4);
  const since = from === `${year}-01-01` ? '' : `, from ${from}`;
  const origin = meta.fileName ? `the file ${meta.fileName}` : 'a table pasted from EUR-Lex';
  const built = datasetFileOf(
    parsed.value,
    {
      id: `${ADDED_PREFIX}${from}`,
      label: `Council ${year} (EU-${parsed.value.rows.length}${since}), added by you`,
      from,
      to,
      source: decision,
      address,
      // Every row was checked against the total and every percentage against the persons, but
      // nobody here compared the text with the Official Journal.
      confidence: 'medium-high',
      note: `Added by you on ${meta.addedOn} from ${origin}: exact persons; the rows add up to the Union total and every two-decimal percentage matches population / total. Not compared with the Official Journal.`,
    },
    'the added table',
  );
  if (!built.ok) return built;
  const ds = built.value.dataset;
  const clash = clashOf(ds, known);
  if (clash?.kind === 'added') {
    // Named by its label, which says where it came from (added by you, from a link, from a file).
    const k = clash.table;
    return refuse(`The period ${ds.period.from} to ${ds.period.to} overlaps ${k.label} (${k.period.from} to ${k.period.to}), already among your figures; remove it first.`);
  }
  if (clash) {
    const k = clash.table;
    return refuse(`The period ${ds.period.from} to ${ds.period.to} overlaps ${k.label} (${k.period.from} to ${k.period.to}), whose figures differ; check the first day the figures apply.`);
  }
  return ok(ds);
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

/**
 * The first known Council table whose period overlaps `ds` and which cannot be kept beside it:
 * any added table (one table in force per day, Art. 11(6) of the Council's Rules of
 * Procedure), or a shipped table with different figures. Undefined when `ds` fits.
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

/**
 * The gate for added datasets read back from storage: the shipped files' gate, plus an id of
 * the added kind and an https address (it becomes a link).
 * @example restoreAdded(JSON.parse(stored), 'council-vote.figures.added-2027-01-01')
 */
export function restoreAdded(raw: unknown, where: string): Result<Dataset> {
  const ds = parseDataset(raw, where);
  if (!ds.ok) return ds;
  if (!ds.value.id.startsWith(ADDED_PREFIX) || ds.value.role !== 'council') {
    return err({ code: 'dataset.invalid', message: `${where}: id must start with "${ADDED_PREFIX}" and role be "council".` });
  }
  if (!/^https:\/\/\S+$/.test(ds.value.provenance.address)) {
    return err({ code: 'dataset.invalid', message: `${where}: provenance.address must start with https://.` });
  }
  return ds;
}

/** The JSON of a dataset file (format 1, like data/datasets/*.json) for an added dataset. */
export function addedDatasetJson(ds: Dataset): object {
  return {
    formatVersion: 1,
    id: ds.id,
    label: ds.label,
    role: ds.role,
    period: ds.period,
    figures: ds.figures,
    total: ds.total,
    members: ds.members.map((m) => (ds.figures === 'persons' ? { code: m.code, population: m.population } : { code: m.code, percentage: ((m.shareBasisPoints ?? 0) / 100).toFixed(2) })),
    provenance: ds.provenance,
    outdated: ds.outdated,
  };
}
