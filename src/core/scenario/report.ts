/**
 * Plain-text and CSV reports of a scenario, for e-mails and spreadsheets.
 */
import { countryName, type CountryCode } from '../rules/countries';
import type { Dataset } from '../data/dataset';
import { percentOf, plural, shareOf } from '../format';
import type { Outcome } from '../rules/outcome';
import { claimsOf, standingPhrase, type BlockingClaim, type ConditionClaim, type ConditionCaseClaim } from '../rules/claims';
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
 * The blocking minority in the treaty's terms, for the exports and the command line: formed (by
 * population, or weighted votes under Nice), none (with the figure that fails the test), or too
 * close to call; and a defeat on the member condition said as such.
 * @example blockingPhrase(claimsOf(o).declaredBlocking) // "no blocking minority (9.6 % ≤ 35 %); not adopted on the members condition: 14 in favour, 15 needed"
 */
export function blockingPhrase(bm: BlockingClaim): string {
  const share = shareOf(bm.population, bm.of);
  const limit = bm.limitPercent === null ? '' : `${bm.limitPercent} %`;
  const head = bm.weights
    ? bm.formed
      ? `a blocking minority of ${bm.weights.notInFavour} weighted votes (more than ${bm.weights.blocks - 1})`
      : `no blocking minority (${bm.weights.notInFavour} weighted votes not in favour, ${bm.weights.blocks - 1} or fewer)`
    : bm.tooClose
      ? `a blocking minority too close to call (${share} not in favour, against more than ${limit})`
      : bm.formed
        ? `a blocking minority of ${plural(bm.members, 'member')} (${share} of the population)`
        : bm.kind === 'population' && bm.requiredMembers !== null && bm.members < bm.requiredMembers && bm.population * 100 > (bm.limitPercent ?? 0) * bm.of
          ? `no blocking minority (${plural(bm.members, 'member')}, fewer than ${bm.requiredMembers})`
          : bm.kind === 'population'
            ? `no blocking minority (${share} ≤ ${limit})`
            : 'no blocking minority';
  const members = bm.stopsOnMembers && bm.membersRequired !== null ? `; not adopted on the members condition: ${bm.inFavour} in favour, ${bm.membersRequired} needed` : '';
  return head + members;
}

/** "Members in favour: 2 of 27, 15 needed — met only if the undecided vote yes." */
function conditionLine(cc: ConditionCaseClaim, undecided: number): string {
  const [declared, other] = cc.id === 'no_objection' ? [cc.best.reached, cc.worst.reached] : [cc.worst.reached, cc.best.reached];
  const c = cc.worst;
  const value = (n: number) => (c.id === 'population' ? shareOf(n, c.of) : `${n} of ${c.of}`);
  const upTo = other === declared ? '' : ` (up to ${value(other)})`;
  const need = c.id === 'no_objection' ? 'none may vote against' : `${c.id === 'population' ? percentOf(c.required, c.of) : c.required} needed`;
  const deemed = cc.deemedMet ? ' (deemed met: too few members to block)' : '';
  return `${CONDITION_TITLE[c.id]}: ${value(declared)}${upTo}, ${need} — ${standingPhrase(cc.standing, undecided)}${deemed}.`;
}

const CONDITION_TITLE = { members: 'Members in favour', population: 'Population in favour', weights: 'Weighted votes in favour', no_objection: 'Members against' } as const;

/**
 * "On these positions 20 members are in favour, 66.1 % of the population; no blocking minority;
 * the act would be adopted.", then each condition with its standing, as on screen.
 */
export function summaryText(s: Scenario, o: Outcome, d: Dataset): string {
  // Every figure from the claims, as on screen: the declared vote and the declared blocking minority.
  const c = claimsOf(o);
  const a = c.actual;
  const undecided = c.undecided ? ` ${plural(c.undecided, 'member')} undecided;` : '';
  const deemed = c.key.margins.populationDeemed ? ', the population condition deemed met (too few members to block)' : '';
  const clause = c.call === 'too_close' ? 'too close to call: the verdict rests on the rounding of the figures' : VERDICT_CLAUSE[c.verdict];
  const lines = [
    `${s.name ? `${s.name}: o` : 'O'}n these positions ${plural(a.inFavour, 'member')} ${a.inFavour === 1 ? 'is' : 'are'} in favour, ${shareOf(a.populationInFavour, a.populationParticipating)} of the population;${undecided} ${blockingPhrase(c.declaredBlocking)}; ${clause}${deemed}.`,
    ...c.conditionCases.map((cc) => conditionLine(cc, c.undecided)),
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

/** The conditions' header: no column left empty (a deemed condition says so in its status). */
const CONDITION_HEADER = ['condition', 'case', 'label', 'status', 'reached', 'required', 'out_of', 'standing'];

/** id, the case, label, status (or "not met, deemed met …"), reached, required, out of, and the standing against the undecided. */
const conditionRow = (c: ConditionClaim, caseName: string, cc: ConditionCaseClaim, undecided: number): (string | number)[] => [
  c.id,
  caseName,
  c.label,
  c.deemedMet ? 'not met, deemed met (too few members to block)' : c.status.replace('_', ' '),
  c.reached,
  c.required,
  c.of,
  standingPhrase(cc.standing, undecided),
];

/**
 * The verdict above the table, as the one evaluation gives it, with a header row: verdict (or
 * "too close to call"), rule, dataset, the date of the vote with the figures against it, the
 * blocking minority; then the conditions under their own header (each with its case — the vote
 * as declared, or the worst and best case while the verdict depends on the undecided — status,
 * figures and standing), all from {@link claimsOf}.
 */
function verdictRows(s: Scenario, o: Outcome, d: Dataset): (string | number)[][] {
  const c = claimsOf(o);
  const rows: (string | number)[][] = [
    ['field', 'value', 'detail'],
    ['verdict', c.call === 'too_close' ? 'too close to call' : VERDICT_WORD[c.verdict], c.tooCloseToCall ? 'too close to call with these figures' : VERDICT_CLAUSE[c.verdict]],
    ['rule', s.rule, [RULE_LABELS[s.rule], scenarioRuleDateText(s)].filter(Boolean).join('. ')],
    ['dataset', d.id, `${d.label} (confidence ${d.provenance.confidence})`],
    ['date', s.date ?? 'not set', dateLine(s)],
    ['blocking_minority', c.declaredBlocking.formed ? 'formed' : c.declaredBlocking.tooClose ? 'too close to call' : 'none', blockingPhrase(c.declaredBlocking)],
    CONDITION_HEADER,
  ];
  const cases = c.conditionCases;
  if (c.verdict === 'undetermined') {
    rows.push(...cases.map((cc) => conditionRow(cc.worst, 'undecided vote no', cc, c.undecided)));
    rows.push(...cases.map((cc) => conditionRow(cc.best, 'undecided vote yes', cc, c.undecided)));
  } else {
    rows.push(...cases.map((cc) => conditionRow(cc.worst, c.undecided ? 'undecided vote no' : 'declared', cc, c.undecided)));
  }
  return rows;
}

/**
 * The verdict rows (see {@link verdictRows}), a blank line, then the positions table: one row
 * per member with its population, share, position and note, the position the note was written
 * for, and whether that is another position than the member's now.
 * @example positionsCsv(s, outcomeOf(s).value, dataset).split('\r\n')[1] // "verdict,adopted,the act would be adopted"
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
