/**
 * Plain-text and CSV reports of a scenario, for e-mails and spreadsheets.
 */
import { countryName, type CountryCode } from '../rules/countries';
import type { Dataset } from '../data/dataset';
import { percentOf, plural } from '../format';
import type { Outcome } from '../rules/outcome';
import { claimsOf } from '../rules/claims';
import type { Scenario } from './scenario';
import { RULE_LABELS } from '../rules/vote';

const VERDICT_CLAUSE = {
  adopted: 'the act would be adopted',
  not_adopted: 'the act would not be adopted',
  undetermined: 'the result depends on the undecided members',
} as const;

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
    `Rule: ${RULE_LABELS[s.rule]}. Figures: ${d.label} (confidence ${d.provenance.confidence}).`,
  ];
  if (c.tooCloseToCall) lines.push('Too close to call with these figures: the dataset gives only rounded percentages.');
  if (s.note) lines.push('', `Note: ${s.note}`);
  const notes = Object.entries(s.memberNotes ?? {});
  if (notes.length) lines.push('', ...notes.map(([code, text]) => `${countryName(code as CountryCode)}: ${text}`));
  return lines.join('\n');
}

/** Quotes a CSV field and defuses spreadsheet formulas in user text. */
function cell(v: string | number): string {
  const text = String(v);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The positions table: one row per member with its population, share, position and note. */
export function positionsCsv(s: Scenario, o: Outcome, d: Dataset): string {
  const pivotal = new Set(o.pivots.map((p) => p.code));
  const header = ['code', 'member', 'position', 'population', 'population_basis', 'share_percent', 'pivotal', 'note'];
  const rows = d.members.map((m) => [
    m.code,
    countryName(m.code),
    s.positions[m.code] ?? 'undecided',
    m.population,
    d.figures === 'persons' ? 'exact' : 'estimated from the published share',
    m.shareBasisPoints !== undefined ? (m.shareBasisPoints / 100).toFixed(2) : ((m.population / d.total) * 100).toFixed(4),
    pivotal.has(m.code) ? 'yes' : 'no',
    s.memberNotes?.[m.code] ?? '',
  ]);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
