/**
 * The voting record's CSV (one row per vote, as extracted from the Council's open data) into the
 * compact file the app ships. Pure: scripts/import-votes.ts reads and writes the files. The result
 * is checked again by {@link parseVoteRecord}, the gate every load goes through.
 */
import { err, ok, type Result } from '../result';
import { parseVoteRecord, RECORD_FORMAT_VERSION, TITLE_MAX, type ExcludedVote, type RecordSource } from './record';

export const CSV_COLUMNS = [
  'vote_procedure_id',
  'decision_date',
  'voting_rule',
  'policy_area',
  'council_configuration',
  'interinstitutional_code',
  'in_favor',
  'against',
  'abstained',
  'not_participating',
  'documents',
] as const;

const RULES: Readonly<Record<string, string>> = {
  'qualified majority': 'qmv',
  unanimity: 'unanimity',
  'Reinforced QM - No COM': 'reinforced',
};

/** The record writes "Missing" where no policy area was given. */
const NO_AREA = 'Missing';

const bad = (message: string): Result<never> => err({ code: 'import.invalid', message });

/**
 * RFC 4180 CSV: fields in double quotes may hold commas, newlines and doubled quotes.
 * @example parseCsv('a,"b, c"\n1,2') // ok([['a', 'b, c'], ['1', '2']])
 */
export function parseCsv(text: string): Result<string[][]> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (quoted) return bad('The CSV ends inside a quoted field.');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return ok(rows);
}

/**
 * The compact record (see data/votes/README.md) from the CSV's text, leaving out the votes in
 * `excluded` with their reasons. Says which line and column is wrong.
 */
export function recordFromCsv(text: string, source: RecordSource, excluded: readonly ExcludedVote[]): Result<unknown> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.value;
  if (header?.join(',') !== CSV_COLUMNS.join(',')) return bad(`The header must be ${CSV_COLUMNS.join(',')}.`);
  const areas = new Map<string, number>();
  const configurations = new Map<string, number>();
  const indexOf = (map: Map<string, number>, name: string) => {
    if (!map.has(name)) map.set(name, map.size);
    return map.get(name)!;
  };
  const skip = new Set(excluded.map((e) => e.id));
  const seen = new Set<string>();
  const votes: unknown[] = [];
  for (const [i, r] of rows.entries()) {
    const line = i + 2;
    if (r.length === 1 && r[0] === '') continue;
    if (r.length !== CSV_COLUMNS.length) return bad(`Line ${line} has ${r.length} fields, not ${CSV_COLUMNS.length}.`);
    const [id, date, rule, area, configuration, procedure, yes, no, abstain, absent, documents] = r.map((f) =>
      f.trim(),
    ) as string[];
    seen.add(id!);
    if (skip.has(id!)) continue;
    const ruleId = RULES[rule!];
    if (!ruleId) return bad(`Line ${line}: unknown voting_rule "${rule}".`);
    const title = documents!.length > TITLE_MAX ? documents!.slice(0, TITLE_MAX) : documents!;
    votes.push([
      id,
      date,
      ruleId,
      area && area !== NO_AREA ? indexOf(areas, area) : null,
      configuration ? indexOf(configurations, configuration) : null,
      procedure,
      yes,
      no,
      abstain,
      absent,
      title,
    ]);
  }
  const missing = excluded.find((e) => !seen.has(e.id));
  if (missing) return bad(`Vote ${missing.id}, to be excluded, is not in the CSV.`);
  const record = {
    formatVersion: RECORD_FORMAT_VERSION,
    source,
    areas: [...areas.keys()],
    configurations: [...configurations.keys()],
    excluded,
    votes,
  };
  const checked = parseVoteRecord(record);
  return checked.ok ? ok(record) : checked;
}
