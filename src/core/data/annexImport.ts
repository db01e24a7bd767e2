/**
 * Import of an Annex III table (Council Rules of Procedure, Art. 11(6)) as pasted from EUR-Lex,
 * in English, French or German: tab-separated rows, one cell per line, or space-separated rows.
 * Every figure is checked against the Union total before a dataset is built from it.
 */
import { countryName, type CountryCode } from '../rules/countries';
import { isHttpsAddress, parseDataset, type Confidence, type Dataset } from './dataset';
import { err, ok, type Result } from '../result';
import { count, quote } from '../format';
import { MAX_MEMBER_POPULATION } from '../population';
import { isCalendarDay } from './period';

export interface AnnexRow {
  readonly code: CountryCode;
  /** Exact persons, as the table gives them. */
  readonly population: number;
  /** The published percentage in hundredths of a point (18,54 % -> 1854). */
  readonly shareBasisPoints: number;
  /** 1-based line of the pasted text where the row's name stands. */
  readonly line: number;
}

export interface ParsedAnnex {
  readonly rows: readonly AnnexRow[];
  readonly total: number;
}

export interface ImportMeta {
  readonly id: string;
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly source: string;
  readonly address: string;
  readonly confidence: Confidence;
  readonly note: string;
}

/** Member names in English, French and German (lower case, no diacritics), by Council code. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  BE: ['belgium', 'belgique', 'belgien'],
  BG: ['bulgaria', 'bulgarie', 'bulgarien'],
  CZ: ['czechia', 'czech republic', 'tchequie', 'republique tcheque', 'tschechien', 'tschechische republik'],
  DK: ['denmark', 'danemark', 'daenemark'],
  DE: ['germany', 'allemagne', 'deutschland'],
  EE: ['estonia', 'estonie', 'estland'],
  IE: ['ireland', 'irlande', 'irland'],
  EL: ['greece', 'grece', 'griechenland'],
  ES: ['spain', 'espagne', 'spanien'],
  FR: ['france', 'frankreich'],
  HR: ['croatia', 'croatie', 'kroatien'],
  IT: ['italy', 'italie', 'italien'],
  CY: ['cyprus', 'chypre', 'zypern'],
  LV: ['latvia', 'lettonie', 'lettland'],
  LT: ['lithuania', 'lituanie', 'litauen'],
  LU: ['luxembourg', 'luxemburg'],
  HU: ['hungary', 'hongrie', 'ungarn'],
  MT: ['malta', 'malte'],
  NL: ['netherlands', 'the netherlands', 'pays bas', 'niederlande'],
  AT: ['austria', 'autriche', 'osterreich', 'oesterreich'],
  PL: ['poland', 'pologne', 'polen'],
  PT: ['portugal'],
  RO: ['romania', 'roumanie', 'rumanien', 'rumaenien'],
  SI: ['slovenia', 'slovenie', 'slowenien'],
  SK: ['slovakia', 'slovak republic', 'slovaquie', 'slowakei'],
  FI: ['finland', 'finlande', 'finnland'],
  SE: ['sweden', 'suede', 'schweden'],
  // Tables for 2014-2020 (EU-28) still list the United Kingdom.
  UK: ['united kingdom', 'royaume uni', 'vereinigtes konigreich', 'vereinigtes koenigreich'],
};
const CODE_BY_NAME = new Map(
  Object.entries(NAMES).flatMap(([code, names]) => names.map((n) => [n, code as CountryCode])),
);
const TOTAL_WORDS = new Set('total insgesamt gesamt summe union eu ue eu27 ue27 eu28 ue28'.split(' '));
const TOTAL_FILLERS = new Set('27 28 de l der the european europeenne europaische europaeische'.split(' '));
const HEADER_FIRST = /^(member states?|etats? membres?|mitgliedstaat(en)?)$/;
const HEADER_REST = /population|bevolkerung|percentage|pourcentage|prozentsatz|anteil|%/;

/** Lower case, no diacritics, footnote marks dropped, punctuation as single spaces. */
function key(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s*(\(\d+\)|\*+)\s*$/u, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

type Name = { readonly kind: 'member'; readonly code: CountryCode } | { readonly kind: 'total' };

function nameOf(text: string): Name | undefined {
  const k = key(text);
  const code = CODE_BY_NAME.get(k);
  if (code) return { kind: 'member', code };
  const words = k.split(' ');
  const isTotal =
    words.some((w) => TOTAL_WORDS.has(w)) && words.every((w) => TOTAL_WORDS.has(w) || TOTAL_FILLERS.has(w));
  return isTotal ? { kind: 'total' } : undefined;
}

/**
 * The longest text the importer reads. A real Annex III table is one or two thousand characters;
 * this leaves room for the decision's text around it, and refuses a file pasted by mistake.
 */
export const MAX_ANNEX_CHARS = 100_000;
/** The most lines the importer reads: a table pasted one cell per line is about a hundred. */
export const MAX_ANNEX_LINES = 5_000;

/**
 * Whether text is too big to be an Annex III table, measured without splitting it, so a
 * 100-megabyte paste or file is refused at once (before it reaches a text box).
 * @example annexSize('x'.repeat(200_000)) // { too: 'chars', n: 200000, max: 100000 }
 */
export function annexSize(text: string): { readonly too: 'chars' | 'lines'; readonly n: number; readonly max: number } | undefined {
  if (text.length > MAX_ANNEX_CHARS) return { too: 'chars', n: text.length, max: MAX_ANNEX_CHARS };
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines > MAX_ANNEX_LINES ? { too: 'lines', n: lines, max: MAX_ANNEX_LINES } : undefined;
}

/** Text after the Total row: a footnote or two, not a second table. */
const MAX_AFTER_TOTAL_CHARS = 2_000;

/** "82 940 663", "82.940.663", "82,940,663" (one separator kind, groups of three) or "82940663". */
function parsePersons(text: string): number | undefined {
  const t = text.trim();
  const m = /^\d{1,3}(?:([ \u00a0\u202f\u2009\u2007.,'’])\d{3})*$/u.exec(t);
  if (!/^\d+$/.test(t) && (!m || new Set(t.replace(/\d/g, '')).size !== 1)) return undefined;
  const n = Number(t.replace(/\D/g, ''));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** "18,49", "18.49 %", "100" -> hundredths of a percentage point. */
function parsePercent(text: string): number | undefined {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/u.exec(text.trim());
  if (!m) return undefined;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10000 ? bp : undefined;
}

interface Cell {
  readonly text: string;
  readonly line: number;
}

const SPACED_ROW =
  /^(.*?\p{L}(?:[ -]?2[78])?)\s+(\d[\d \u00a0\u202f\u2009\u2007.,'’]*?)(?:\s+(100(?:[.,]\d{1,2})?|\d{1,2}[.,]\d{1,2})\s*%?)?\s*$/u;

/** Tab-separated cells, one cell per line, or a whole row separated by spaces: all become one stream. */
function cellsOf(text: string): Cell[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, i) => {
    const line = i + 1;
    const parts = raw
      .split('\t')
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    const spaced = parts.length === 1 ? SPACED_ROW.exec(parts[0]!) : null;
    if (spaced && nameOf(spaced[1]!) && parsePersons(spaced[2]!) !== undefined) {
      return [spaced[1]!, spaced[2]!, spaced[3]].filter((p) => p !== undefined).map((t) => ({ text: t, line }));
    }
    return parts.map((t) => ({ text: t, line }));
  });
}

/** Just after the header row if there is one, else at the first cell that starts a row. */
function tableStart(cells: readonly Cell[]): number {
  const header = cells.findIndex((c) => HEADER_FIRST.test(key(c.text)));
  if (header >= 0) {
    let i = header + 1;
    while (i < cells.length && HEADER_REST.test(key(cells[i]!.text)) && parsePersons(cells[i]!.text) === undefined) i++;
    return i;
  }
  const starts = (i: number) =>
    nameOf(cells[i]!.text) !== undefined ||
    (parsePersons(cells[i]!.text) === undefined &&
      parsePersons(cells[i + 1]?.text ?? '') !== undefined &&
      parsePercent(cells[i + 2]?.text ?? '') !== undefined);
  const i = cells.findIndex((_, j) => starts(j));
  return i < 0 ? cells.length : i;
}

/** A figure that can only be meant as a percentage or a count: digits, separators, a % sign. */
const PERCENT_LIKE = /^\d[\d.,\s]*%?$/u;

const invalid = (line: number, problem: string): Result<never> =>
  err({ code: 'import.invalid', message: `line ${line}: ${problem}.`, path: `line ${line}` });
const persons = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
const pct = (bp: number) => (bp / 100).toFixed(2);
/** Half-up rounding of 10000 * population / total, in integers. */
const roundedShare = (population: number, total: number) => Math.floor((20000 * population + total) / (2 * total));

/**
 * Reads an Annex III table ("Member State | Population | Percentage of the population of the
 * Union (%)", Rules of Procedure Art. 11(6)) and checks it: every row parsed, no member twice,
 * rows adding up to the Total row exactly, each percentage equal to population / total rounded
 * to two decimals, and the percentages adding up to 100 within rounding.
 * Failures are `import.invalid` errors naming the line and the text at fault.
 * @example parseAnnexTable('Deutschland\t83 445 000\t18,62\n…\nInsgesamt\t448 000 000\t100')
 */
export function parseAnnexTable(text: string): Result<ParsedAnnex> {
  const size = annexSize(text);
  if (size) {
    const what = size.too === 'chars' ? `is ${count(size.n)} characters long` : `has ${count(size.n)} lines`;
    return err({
      code: 'import.invalid',
      message: `the text ${what}, more than the ${count(size.max)} the importer reads (an Annex III table is a few thousand characters): paste only the table.`,
    });
  }
  const cells = cellsOf(text);
  const rows: AnnexRow[] = [];
  const shareTexts: string[] = [];
  let i = tableStart(cells);
  let total: { value: number; line: number } | undefined;
  while (i < cells.length && !total) {
    const cell = cells[i]!;
    const name = nameOf(cell.text);
    if (!name) {
      const isNumber = parsePersons(cell.text) !== undefined || parsePercent(cell.text) !== undefined;
      const problem = isNumber
        ? 'is a number where a member state name was expected'
        : 'is not a member state name in English, French or German';
      return invalid(cell.line, `${quote(cell.text)} ${problem}`);
    }
    const what = name.kind === 'member' ? countryName(name.code) : 'the Union total';
    const popCell = cells[i + 1];
    const population = popCell && parsePersons(popCell.text);
    if (!popCell || population === undefined) {
      return invalid(
        popCell?.line ?? cell.line,
        `expected the population of ${what}, found ${popCell ? quote(popCell.text) : 'the end of the text'}`,
      );
    }
    const pctCell = cells[i + 2];
    const share = pctCell && parsePercent(pctCell.text);
    if (name.kind === 'total') {
      // The Total row's percentage is optional; a figure beside it (or a number on the next line
      // of a one-cell-per-line paste) is its percentage, and must be 100.
      const hasShare = pctCell !== undefined && (pctCell.line === popCell.line || PERCENT_LIKE.test(pctCell.text.trim()));
      if (hasShare && share !== 10000) return invalid(pctCell.line, `the Total row's percentage is ${quote(pctCell.text)}, not 100`);
      total = { value: population, line: cell.line };
      i += hasShare ? 3 : 2;
      break;
    }
    if (population > MAX_MEMBER_POPULATION) {
      return invalid(popCell.line, `the population of ${what} is ${persons(population)}, more than the ${persons(MAX_MEMBER_POPULATION)} one member may have`);
    }
    if (!pctCell || share === undefined) {
      return invalid(
        pctCell?.line ?? popCell.line,
        `expected the percentage of ${what}, found ${pctCell ? quote(pctCell.text) : 'the end of the text'}`,
      );
    }
    const first = rows.find((r) => r.code === name.code);
    if (first) return invalid(cell.line, `${quote(cell.text)} repeats ${what} (first on line ${first.line})`);
    rows.push({ code: name.code, population, shareBasisPoints: share, line: cell.line });
    shareTexts.push(pctCell.text);
    i += 3;
  }
  const last = cells[cells.length - 1]?.line ?? 1;
  if (rows.length === 0)
    return invalid(cells[i]?.line ?? last, 'no table found: expected rows like "Germany<TAB>82 940 663<TAB>18.54"');
  if (!total) return invalid(last, 'no Total row (Total / Total / Insgesamt, or Union / EU-27) after the last member');
  const after = cells.slice(i);
  const extra = after.find((c) => nameOf(c.text) !== undefined);
  if (extra && nameOf(extra.text)?.kind === 'total') {
    return invalid(extra.line, `${quote(extra.text)} is a second Total row (the first is on line ${total.line}): paste one table at a time`);
  }
  if (extra) return invalid(extra.line, `${quote(extra.text)} follows the Total row: paste one table at a time`);
  const trailing = after.reduce((n, c) => n + c.text.length, 0);
  if (trailing > MAX_AFTER_TOTAL_CHARS) {
    return invalid(after[0]!.line, `${count(trailing)} characters of text follow the Total row on line ${total.line}: paste only the table`);
  }
  return checkFigures(rows, shareTexts, total);
}

function checkFigures(
  rows: readonly AnnexRow[],
  shareTexts: readonly string[],
  total: { value: number; line: number },
): Result<ParsedAnnex> {
  const sum = rows.reduce((a, r) => a + r.population, 0);
  if (sum !== total.value) {
    const missing = Object.keys(NAMES)
      .filter((c) => c !== 'UK' && !rows.some((r) => r.code === c))
      .map((c) => countryName(c as CountryCode));
    const hint = missing.length > 0 ? `; no row for ${missing.join(', ')}` : '';
    return invalid(
      total.line,
      `the Total row says ${persons(total.value)} but the ${rows.length} rows add up to ${persons(sum)} (difference ${persons(Math.abs(sum - total.value))}${hint})`,
    );
  }
  for (const [k, r] of rows.entries()) {
    const expected = roundedShare(r.population, total.value);
    if (expected !== r.shareBasisPoints) {
      return invalid(
        r.line,
        `${countryName(r.code)} has ${persons(r.population)} of ${persons(total.value)}, which is ${pct(expected)} %, but the table says ${quote(shareTexts[k]!)}`,
      );
    }
  }
  const shares = rows.reduce((a, r) => a + r.shareBasisPoints, 0);
  if (Math.abs(shares - 10000) * 2 > rows.length) {
    return invalid(total.line, `the percentages add up to ${pct(shares)} %, too far from 100 % for rounding`);
  }
  return ok({ rows, total: total.value });
}

/**
 * The JSON object of a dataset file for an Annex III table (exact persons, role `council`),
 * keys in the order of data/datasets/council-2020.json. Not validated: see {@link datasetFileOf}.
 * @example toDatasetJson(parsed, { id: 'council-2027', label: 'Council 2027 (EU-27)', from: '2027-01-01', … })
 */
export function toDatasetJson(parsed: ParsedAnnex, meta: ImportMeta) {
  return {
    formatVersion: 1,
    id: meta.id,
    label: meta.label,
    role: 'council',
    period: { from: meta.from, to: meta.to },
    figures: 'persons',
    total: parsed.total,
    members: parsed.rows.map((r) => ({ code: r.code, population: r.population })),
    provenance: { source: meta.source, address: meta.address, confidence: meta.confidence, note: meta.note },
    outdated: false,
  } as const;
}

export interface DatasetFile {
  readonly dataset: Dataset;
  /** The file's text: two-space JSON with a final newline, like the shipped files. */
  readonly text: string;
}

/**
 * A checked Annex III table and its provenance to the text of a dataset file, validated by the
 * same gate as the shipped files ({@link parseDataset}), so nothing is written that the app
 * would refuse to load.
 * @example datasetFileOf(parsed, meta, 'data/datasets/council-2027.json') // ok({ dataset, text })
 */
export function datasetFileOf(parsed: ParsedAnnex, meta: ImportMeta, file: string): Result<DatasetFile> {
  if (!isCalendarDay(meta.from) || !isCalendarDay(meta.to) || meta.to < meta.from) {
    return err({
      code: 'import.invalid',
      message: `The period ${meta.from} to ${meta.to} is not two calendar dates in order (YYYY-MM-DD).`,
    });
  }
  if (!isHttpsAddress(meta.address)) {
    return err({ code: 'import.invalid', message: `The address ${quote(meta.address)} is not an https:// address: give the EUR-Lex address of the decision.` });
  }
  const json = toDatasetJson(parsed, meta);
  const dataset = parseDataset(json, file);
  if (!dataset.ok) return err({ ...dataset.error, code: 'import.invalid' });
  return ok({ dataset: dataset.value, text: `${JSON.stringify(json, null, 2)}\n` });
}
