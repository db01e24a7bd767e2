/**
 * Plain-text and CSV reports of a scenario, for e-mails and spreadsheets.
 */
import { countryName, type CountryCode } from '../rules/countries';
import type { Dataset } from '../data/dataset';
import { percentOf, plural } from '../format';
import type { Outcome } from '../rules/outcome';
import { claimsOf, standingPhrase, type ConditionClaim, type ConditionCaseClaim } from '../rules/claims';
import { noteWrittenFor, type Scenario } from './scenario';
import { RULE_LABELS, type Position } from '../rules/vote';
import { allDatasets } from '../data/datasets';
import { figuresStatus, figuresStatusText } from './voteDate';
import { scenarioRuleDateText } from './ruleDateText';

/** The figures against the date of the vote, in a sentence ({@link figuresStatusText}); empty for an unknown dataset. */
function dateLine(s: Scenario): string {
  const st = figuresStatus(s, allDatasets());
  return st ? figuresStatusText(st) : '';
}

/** The rule against the date of the vote, after a space; empty when there is nothing to say. */
function ruleLine(s: Scenario): string {
  const text = scenarioRuleDateText(s);
  return text ? ` ${text}` : '';
}

const VERDICT_CLAUSE = {
  adopted: 'the act would be adopted',
  not_adopted: 'the act would not be adopted',
  undetermined: 'the result depends on the undecided members',
} as const;

const VERDICT_WORD = { adopted: 'adopted', not_adopted: 'not adopted', undetermined: 'depends on the undecided' } as const;

const POSITION_WORD: Readonly<Record<Position, string>> = {
  yes: 'yes',
  no: 'no',
  abstain: 'abstain',
  absent: 'not participating',
  undecided: 'undecided',
};

/** "Germany: Against." or, where the position changed since, "Germany (note written for "no"; now "yes"): Against." */
function noteLine(s: Scenario, code: CountryCode, text: string): string {
  const then = noteWrittenFor(s, code);
  const now = s.positions[code] ?? 'undecided';
  const mark = then ? ` (note written for "${POSITION_WORD[then]}"; now "${POSITION_WORD[now]}")` : '';
  return `${countryName(code)}${mark}: ${text}`;
}

/**
 * "On these positions 20 members are in favour, 66.1 % of the population; no blocking minority;
 * the act would be adopted."
 */
export function summaryText(s: Scenario, o: Outcome, d: Dataset): string {
  // Every figure from the claims, as on screen: the declared vote and the declared blocking minority.
  const c = claimsOf(o);
  const a = c.actual;
  const bm = c.declaredBlocking;
  const blocking = bm.formed
    ? `a blocking minority of ${plural(bm.members, 'member')} (${percentOf(bm.population, bm.of)} of the population)`
    : 'no blocking minority';
  const undecided = c.undecided ? ` ${plural(c.undecided, 'member')} undecided;` : '';
  const deemed = c.key.margins.populationDeemed ? ', the population condition deemed met (too few members to block)' : '';
  const lines = [
    `${s.name ? `${s.name}: o` : 'O'}n these positions ${plural(a.inFavour, 'member')} ${a.inFavour === 1 ? 'is' : 'are'} in favour, ${percentOf(a.populationInFavour, a.populationParticipating)} of the population;${undecided} ${blocking}; ${VERDICT_CLAUSE[c.verdict]}${deemed}.`,
    `Rule: ${RULE_LABELS[s.rule]}.${ruleLine(s)} Figures: ${d.label} (confidence ${d.provenance.confidence}).`,
    `Date of the vote: ${s.date ?? 'not set'}. ${dateLine(s)}`,
  ];
  if (c.tooCloseToCall) lines.push('Too close to call with these figures: the dataset gives only rounded percentages.');
  if (s.note) lines.push('', `Note: ${s.note}`);
  const notes = Object.entries(s.memberNotes ?? {});
  if (notes.length) lines.push('', ...notes.map(([code, note]) => noteLine(s, code as CountryCode, note!.text)));
  return lines.join('\n');
}

/** Quotes a CSV field and defuses spreadsheet formulas in user text. */
function cell(v: string | number): string {
  const text = String(v);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** field, id, label, status, reached, required, out of, "deemed met" (or blank), and the standing against the undecided. */
const conditionRow = (field: string, c: ConditionClaim, cc: ConditionCaseClaim, undecided: number): (string | number)[] => [
  field,
  c.id,
  c.label,
  c.status.replace('_', ' '),
  c.reached,
  c.required,
  c.of,
  c.deemedMet ? 'deemed met (too few members to block)' : '',
  standingPhrase(cc.standing, undecided),
];

/**
 * The verdict above the table, as the one evaluation gives it: verdict, rule, dataset, the date
 * of the vote (with the figures against it) and each
 * condition (id, what the treaty asks, met or not, reached, required, out of, deemed met, and how
 * it stands whatever the undecided do), all from {@link claimsOf}. While the verdict depends on
 * the undecided, each condition is given for the worst and the best case.
 */
function verdictRows(s: Scenario, o: Outcome, d: Dataset): (string | number)[][] {
  const c = claimsOf(o);
  const rows: (string | number)[][] = [
    ['verdict', VERDICT_WORD[c.verdict], ...(c.tooCloseToCall ? ['too close to call with these figures'] : [])],
    ['rule', s.rule, RULE_LABELS[s.rule], ...(scenarioRuleDateText(s) ? [scenarioRuleDateText(s)] : [])],
    ['dataset', d.id, d.label, `confidence ${d.provenance.confidence}`],
    ['date', s.date ?? '', dateLine(s)],
  ];
  const cases = c.conditionCases;
  if (c.verdict === 'undetermined') {
    rows.push(...cases.map((cc) => conditionRow('condition_worst_case', cc.worst, cc, c.undecided)));
    rows.push(...cases.map((cc) => conditionRow('condition_best_case', cc.best, cc, c.undecided)));
  } else {
    rows.push(...cases.map((cc) => conditionRow('condition', cc.worst, cc, c.undecided)));
  }
  return rows;
}

/**
 * The verdict rows (see {@link verdictRows}), a blank line, then the positions table: one row
 * per member with its population, share, position and note, the position the note was written
 * for, and whether that is another position than the member's now.
 * @example positionsCsv(s, outcomeOf(s).value, dataset).split('\r\n')[0] // "verdict,adopted"
 */
export function positionsCsv(s: Scenario, o: Outcome, d: Dataset): string {
  const pivotal = new Set(o.pivots.map((p) => p.code));
  const header = ['code', 'member', 'position', 'population', 'population_basis', 'share_percent', 'pivotal', 'note', 'note_written_for', 'note_for_another_position'];
  const rows = d.members.map((m) => [
    m.code,
    countryName(m.code),
    s.positions[m.code] ?? 'undecided',
    m.population,
    d.figures === 'persons' ? 'exact' : 'estimated from the published share',
    m.shareBasisPoints !== undefined ? (m.shareBasisPoints / 100).toFixed(2) : ((m.population / d.total) * 100).toFixed(4),
    pivotal.has(m.code) ? 'yes' : 'no',
    s.memberNotes?.[m.code]?.text ?? '',
    s.memberNotes?.[m.code]?.position ?? '',
    s.memberNotes?.[m.code] ? (noteWrittenFor(s, m.code) ? 'yes' : 'no') : '',
  ]);
  return [...verdictRows(s, o, d), [], header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
