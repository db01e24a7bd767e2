/**
 * The record's titles and procedure codes as a reader expects them: the record joins the titles
 * of a vote's documents (often the same act twice, once in capitals) and writes procedure codes
 * with varying spaces. Pure; the original stays in the record and in the opened vote.
 */
import { COUNTRY_NAMES } from '../rules/countries';

const CODE = /(\d{4})\s*\/\s*(\d{1,4})(?!\d)\s*\/?\s*([AB](?![A-Z]))?\s*(?:\(\s*([A-Z]{3})\s*[()]?|([A-Z]{3})\)?)?/g;

/**
 * Procedure codes in one format, as EUR-Lex writes them: "2018/0108(COD)", "2016/0133B(COD)";
 * each code in a text naming several. What is not a procedure code is left as it is.
 * @example procedureCode('2018/0108 (COD)') // '2018/0108(COD)'
 * @example procedureCode('2018/0152/A(COD)') // '2018/0152A(COD)'
 */
export function procedureCode(raw: string): string {
  return raw
    .trim()
    .replace(CODE, (_all, year: string, number: string, part?: string, kind?: string, bare?: string) => {
      const type = kind ?? bare;
      return `${year}/${number.padStart(4, '0')}${part ?? ''}${type ? `(${type})` : ''}`;
    });
}

/** Words kept capitalised when a title in capitals is put in sentence case. */
const PROPER: ReadonlyMap<string, string> = new Map(
  [
    'European', 'Parliament', 'Council', 'Union', 'Commission', 'Community', 'Communities', 'Euratom', 'Member', 'States',
    'Europe', 'Schengen', 'Japan', 'China', 'Ukraine', 'Moldova', 'Switzerland', 'Norway', 'Iceland', 'Mercosur', 'Brexit',
    'EU', 'EC', 'EEC', 'LIFE', 'ECB', 'EIB', 'EFSI', 'CO2', 'COVID-19', 'SARS-CoV-2', 'UN', 'NATO', 'OECD', 'WTO', 'ICT', 'GNSS', 'SME', 'SMEs',
    'I', 'II', 'III', 'IV', 'V', 'VI',
    ...Object.values(COUNTRY_NAMES).flatMap((n) => n.split(' ')),
  ].map((w) => [w.toLowerCase(), w]),
);

/** The share of letters in capitals. */
const capitals = (s: string) => {
  const letters = s.replace(/[^A-Za-zÀ-ÿ]/g, '');
  return letters.length === 0 ? 0 : letters.replace(/[^A-ZÀ-Þ]/g, '').length / letters.length;
};

/** A word in capitals in the case a sentence would give it ("REGULATION" -> "regulation", "(EU)" -> "(EU)"). */
function wordCase(word: string, shouting: boolean): string {
  // "A" is the article in a title in capitals, a name ("Annexes A and B") in one in mixed case.
  if (word === 'A') return shouting ? 'a' : word;
  if (word.replace(/[^A-Za-z]/g, '').length < 2 || word !== word.toUpperCase()) return word;
  return word.replace(/[A-Za-z][A-Za-z0-9-]*/g, (w) => PROPER.get(w.toLowerCase()) ?? w.toLowerCase());
}

/**
 * A title in sentence case: words in capitals lowered, except the Union's institutions, places and
 * acronyms; "No 95/93" kept; the first letter capitalised.
 * @example sentenceCase('DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL ON PERIODIC TESTS') // 'Directive of the European Parliament and of the Council on periodic tests'
 */
export function sentenceCase(title: string): string {
  const shouting = capitals(title) >= 0.6;
  const words = title.split(/(\s+)/).map((w) => wordCase(w, shouting));
  const text = words
    .join('')
    .replace(/\bno (?=\d)/g, 'No ')
    .replace(/\bmember states\b/gi, 'Member States')
    // An act named by its number: "Directive 2009/40/EC", "Regulation (EU) No 596/2014".
    .replace(/\b(directive|regulation|decision)(s?)(?= (?:\(E[UC]\)|No |\d))/g, (w) => w.charAt(0).toUpperCase() + w.slice(1));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One title for a vote in a list: the record's first document title (the record repeats an act's
 * title, often once in capitals; the one in mixed case is preferred), without the working notes the
 * record appends ("COMMON GUIDELINES Consultation deadline …"), in sentence case. `cut`: the
 * record cut the text, so the title ends with "…" when the part shown is the cut one.
 * @example listTitle('DIRECTIVE … (recast), DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL ON …') // 'Directive … (recast)'
 */
export function listTitle(title: string, cut = false): string {
  const parts = title
    .split(/,\s+(?=(?:REGULATION|DIRECTIVE|DECISION|COUNCIL|ANNEX|Regulation|Directive|Decision|Annex|Position of the Council|Draft|Amendments)\b)/)
    .map((p) => p.replace(/\s+COMMON GUIDEL.*$/s, '').replace(/[\s,]+$/, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return title;
  const mixed = parts.find((p) => capitals(p) < 0.6);
  const chosen = mixed ?? parts[0]!;
  const wasCut = cut && chosen === parts[parts.length - 1] && !/\)$/.test(chosen);
  return `${sentenceCase(chosen)}${wasCut ? '…' : ''}`;
}
