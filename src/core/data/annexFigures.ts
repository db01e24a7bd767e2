/**
 * Official figures the user adds in the app: an Annex III table (Council Rules of Procedure,
 * Art. 11(6)) pasted from EUR-Lex, checked by the same parser as `npm run data:import`, plus the
 * membership on the first day and the periods of the tables already known. Loaded with the
 * dialog that adds them; reading stored ones back is in ./addedFigures.ts.
 */
import { countryName, type CountryCode } from '../rules/countries';
import { err, ok, type Result } from '../result';
import { parseAnnexTable, toDatasetJson, type ParsedAnnex } from './annexImport';
import type { Dataset } from './dataset';
import { ADDED_PREFIX, admitFigures, EUR_LEX, FIGURES_LIMITS } from './figuresGate';
import { membershipOn } from './membership';
import { isCalendarDay, VOTE_DATE_MIN } from './period';

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

/** The rows against the Union's members on the first day, naming the line at fault. */
function checkMembers(parsed: ParsedAnnex, from: string): Result<ParsedAnnex> {
  const union = membershipOn(from);
  if (!union) return refuse(`The first day ${from} is before ${VOTE_DATE_MIN}, when the app's knowledge of the Council begins.`);
  const have = parsed.rows.map((r) => r.code as string);
  const missing = union.members.filter((c) => !have.includes(c));
  if (missing.length > 0) {
    const names = missing.map((c) => countryName(c as CountryCode)).join(', ');
    return refuse(`No row for ${names}: the Union had ${union.members.length} members on ${from}.`);
  }
  const extra = parsed.rows.find((r) => !(union.members as readonly string[]).includes(r.code));
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
  if (!isCalendarDay(from)) return refuse(`The first day the figures apply, ${from}, is not a calendar day.`);
  const to = meta.to?.trim() || `${from.slice(0, 4)}-12-31`;
  const decision = meta.decision.trim();
  if (decision.length < 4) return refuse('The Council decision is missing: name the decision the table comes from.');
  // The limit every way in applies, so a link or file carrying these figures opens anywhere.
  if (decision.length > FIGURES_LIMITS.source) return refuse(`The Council decision is ${decision.length} characters long, more than the ${FIGURES_LIMITS.source} kept: give its number and title only.`);
  const address = meta.address?.trim() || EUR_LEX;
  if (!/^https:\/\/\S+$/.test(address)) return refuse(`The address must start with https:// (found "${address.slice(0, 80)}").`);
  if (address.length > FIGURES_LIMITS.address) return refuse(`The address is longer than ${FIGURES_LIMITS.address} characters.`);
  const members = checkMembers(parsed.value, from);
  if (!members.ok) return members;
  const year = from.slice(0, 4);
  const since = from === `${year}-01-01` ? '' : `, from ${from}`;
  const origin = meta.fileName ? `the file ${meta.fileName}` : 'a table pasted from EUR-Lex';
  const json = toDatasetJson(parsed.value, {
    id: `${ADDED_PREFIX}${from}`,
    label: `Council ${year} (EU-${parsed.value.rows.length}${since}), added by you`,
    from,
    to,
    source: decision,
    address,
    // Every row was checked against the total and every percentage against the persons, but
    // nobody here compared the text with the Official Journal.
    confidence: 'medium-high',
    note: `Added by you on ${meta.addedOn} from ${origin.slice(0, 200)}: exact persons; the rows add up to the Union total and every two-decimal percentage matches population / total. Not compared with the Official Journal.`,
  });
  const admitted = admitFigures(json, { via: 'paste', where: 'the added table', known });
  return admitted.ok ? ok(admitted.value.dataset) : admitted;
}
