/**
 * Checks for tests/i18n/surfaces.property.test.ts: each returns what a surface says wrongly about
 * one vote, as readable sentences (empty when every claim agrees with the engine).
 */
import type { Dataset } from '../../src/core/data/dataset';
import { claimsOf, type CaseClaims, type CaseName, type Claims } from '../../src/core/rules/claims';
import type { Outcome } from '../../src/core/rules/outcome';
import type { Positions, Rule } from '../../src/core/rules/vote';
import { explainSteps, type ExplainInput } from '../../src/core/teach/explainSteps';
import type { TeachParam, TeachText } from '../../src/core/teach/teachText';
import type { Locale } from '../../src/i18n/locales';
import { teachText } from '../../src/i18n/teach';
import { translator } from '../../src/i18n/translator';
import { isRuleId } from '../../src/core/rules/vote';
import { standingPhrase } from '../../src/core/rules/claims';
import { summaryText } from '../../src/core/scenario/report';
import { blockingWords, headline, verdictMargins } from '../../src/ui/verdict/explain';
import { conditionReading } from '../../src/ui/verdict/conditionReading';
import { niceFigure } from '../../src/ui/teach/niceFigure';
import { pngText } from '../../src/ui/export/exportPng';
import { expectedStanding, treatyBlocking } from './standingOracle';

/** A condition's standing as Explain's step mark (the panel's ✓ ◐ ✕ ≈). */
const STEP_OF = {
  met: 'met',
  met_even_if_undecided_no: 'met',
  not_met: 'not_met',
  not_met_even_if_undecided_yes: 'not_met',
  met_only_if_undecided_yes: 'open',
  uncertain: 'uncertain',
} as const;

export interface Vote {
  readonly input: ExplainInput;
  readonly dataset: Dataset;
  readonly rule: Rule;
}

const keyOf = (t: TeachText): string => ('key' in t ? t.key : t.plural);

/** The claims checked against the engine's outcome and against a plain count of the positions. */
export function claimProblems(o: Outcome, positions: Positions, codes: readonly string[]): string[] {
  const c = claimsOf(o);
  const p: string[] = [];
  const count = (x: string) => codes.filter((code) => (positions[code as keyof Positions] ?? 'undecided') === x).length;
  if (c.actual.inFavour !== count('yes')) p.push(`claims: ${c.actual.inFavour} in favour, the positions ${count('yes')}`);
  if (c.actual.against !== count('no')) p.push(`claims: ${c.actual.against} against, the positions ${count('no')}`);
  if (c.undecided !== count('undecided')) p.push('claims: undecided count');
  const want = o.verdict === 'not_adopted' ? o.best : o.worst;
  const wantName: CaseName = o.undecided.length === 0 ? 'actual' : o.verdict === 'not_adopted' ? 'best' : 'worst';
  if (c.key.name !== wantName) p.push(`claims: the ${c.key.name} case named for a ${o.verdict} verdict`);
  // The blocking minority is the treaty's (Art. 16(4) TEU, or Nice's weighted votes), not "the act falls".
  if (c.key.adopted !== want.adopted || c.key.blocking.formed !== treatyBlocking(want).formed) p.push('claims: key case disagrees');
  if (c.key.blocking.routes.join() !== want.blockingMinority.routes.join()) p.push('claims: routes disagree');
  want.conditions.forEach((w, i) => {
    const k = c.key.conditions[i]!;
    if (k.status !== w.status || k.reached !== w.reached || k.margin !== w.margin) p.push(`claims: condition ${w.id} disagrees`);
    if (k.deemedMet !== (want.deemedAdopted && w.id === 'population' && w.margin < 0)) p.push(`claims: condition ${w.id} deemed wrongly`);
  });
  const m = c.key.margins;
  if (want.deemedAdopted && (m.populationSpare !== null || m.populationShort !== null)) p.push('claims: a population margin beside the deemed population condition');
  if (m.populationSpare !== null && m.populationSpare > 0 && (m.populationPoints ?? 0) < 0) p.push('claims: spare population with negative points');
  return p;
}

const CONTEXT: Readonly<Record<string, CaseName>> = {
  'condition.ifNo': 'worst',
  'condition.ifYes': 'best',
  'case.evenIfNo': 'worst',
  'case.evenIfYes': 'best',
  'blocking.notInFavourUndecidedNo': 'worst',
  'blocking.notInFavourUndecidedYes': 'best',
  'verdict.notAdoptedEvenIf': 'best',
};
/** Indicative messages: they state the vote as declared. */
const DECLARED = new Set(['what.members', 'what.population', 'what.weights', 'what.against', 'reached.against', 'reached.noneAgainst']);
/** Conditional messages: they state a case for the undecided. */
const HYPOTHETICAL = new Set(['whatIf.members', 'whatIf.population', 'whatIf.weights', 'whatIf.against', 'reachedIf.against', 'reachedIf.noneAgainst']);

function caseFigures(c: Claims, name: CaseName): CaseClaims {
  return name === 'best' ? c.best : name === 'worst' ? c.worst : c.key;
}

function nested(p: TeachParam): TeachText[] {
  if (typeof p !== 'object') return [];
  if ('key' in p || 'plural' in p) return [p];
  if ('all' in p) return [...p.all];
  return [];
}

/** Walks a message: each figure must be the figure of the case its context names. */
function walk(t: TeachText, c: Claims, here: CaseName, cond: number | null, p: string[]) {
  const key = keyOf(t);
  const name = CONTEXT[key] ?? here;
  const k = caseFigures(c, name);
  const a = c.actual;
  const n = 'plural' in t ? t.n : null;
  if (DECLARED.has(key) && name !== 'actual') p.push(`${key}: a declared figure inside the ${name} case`);
  if (HYPOTHETICAL.has(key) && name === 'actual') p.push(`${key}: a hypothetical figure stated as the declared vote`);
  if (key === 'what.members' && n !== a.inFavour) p.push(`${key}: ${n} in favour, declared ${a.inFavour}`);
  if (key === 'whatIf.members' && n !== k.members.inFavour) p.push(`${key}: ${n} in favour, the ${name} case ${k.members.inFavour}`);
  if ((key === 'what.against' || key === 'reached.against') && n !== a.against) p.push(`${key}: ${n} against, declared ${a.against}`);
  if (key === 'reachedIf.against' && n !== k.members.against) p.push(`${key}: ${n} against, the ${name} case ${k.members.against}`);
  if (key === 'what.population' || key === 'whatIf.population') {
    const people = ((t.params?.amount as TeachText).params?.people as { people: number }).people;
    const w = key === 'what.population' ? a.populationInFavour : k.population.inFavour;
    if (people !== w) p.push(`${key}: ${people} people in favour, the engine ${w}`);
  }
  const cc = cond === null ? undefined : k.conditions[cond];
  if (cc && /^reached\.(spare|exact|short|uncertain|deemed|uncertainDeemed)$/.test(key)) {
    if (name === 'actual' && c.undecided > 0) p.push(`${key}: met or not claimed for the declared vote while members are undecided`);
    const says = key === 'reached.short' || key === 'reached.deemed' ? 'not_met' : key === 'reached.uncertain' || key === 'reached.uncertainDeemed' ? 'uncertain' : 'met';
    if (says !== cc.status) p.push(`${key}: says ${says} in the ${name} case, the engine ${cc.status}`);
    if ((key === 'reached.deemed' || key === 'reached.uncertainDeemed') !== cc.deemedMet) p.push(`${key}: deemed met disagrees`);
  }
  if (key.startsWith('blocking.notInFavour')) {
    const members = (t.params?.members as { members: number }).members;
    const b = name === 'actual' ? c.declaredBlocking : k.blocking;
    if (members !== b.members) p.push(`${key}: ${members} not in favour, the ${name} case ${b.members}`);
  }
  for (const q of Object.values(t.params ?? {})) for (const m of nested(q)) walk(m, c, name, cond, p);
}

/** The explanation's claims, and its text in one language: figures shown, no placeholder left. */
export function explanationProblems(input: ExplainInput, locale: Locale): string[] {
  const o = input.outcome;
  const c = claimsOf(o);
  const tr = translator(locale);
  const p: string[] = [];
  const steps = explainSteps(input);
  const settled = c.verdict !== 'undetermined';
  for (const s of steps) {
    const ci = ['members', 'population', 'weights', 'no_objection'].includes(s.id) ? c.key.conditions.findIndex((x) => x.id === s.id) : null;
    s.lines.forEach((l) => walk(l, c, 'actual', ci, p));
    if (ci !== null && c.undecided > 0 && s.lines[1] && keyOf(s.lines[1]) !== 'condition.declared') p.push(`${s.id}: the declared vote is not stated first`);
    // The step's mark is the condition's standing (as the panel's bar), checked against the engine's cases.
    if (ci !== null) {
      const want = STEP_OF[expectedStanding(o, ci).standing];
      if (s.status !== want) p.push(`${s.id}: step says ${s.status}, the engine's cases ${want}`);
    }
    for (const l of s.lines) {
      const text = teachText(l, tr);
      if (/\{\w+\}/.test(text)) p.push(`${locale}: placeholder left in "${text}"`);
      if ('plural' in l && (l.plural === 'whatIf.members' || l.plural === 'what.members') && !text.includes(tr.count(l.n))) p.push(`${locale}: "${text}" lacks ${l.n}`);
    }
  }
  const blocking = steps.find((s) => s.id === 'blocking');
  if (blocking) {
    const t = treatyBlocking(o.verdict === 'not_adopted' ? o.best : o.worst);
    const want = settled ? (t.tooClose ? 'uncertain' : t.formed ? 'met' : 'not_met') : 'open';
    if (blocking.status !== want) p.push(`blocking step "${blocking.status}" (met = formed), the treaty's ${want}`);
    const says = (k: string) => blocking.lines.some((l) => keyOf(l) === k || Object.values(l.params ?? {}).some((q) => typeof q === 'object' && 'key' in q && q.key === k));
    if (settled && (says('blocking.formed') || says('blocking.formedEvenIf')) !== t.formed) p.push('blocking step: formed disagrees with the treaty');
    if (settled && says('blocking.membersRoute') !== t.stopsOnMembers) p.push('blocking step: the members condition disagrees');
    if (settled && t.formed && ['blocking.noneEnough', 'blocking.noneFew', 'blocking.deemed', 'blocking.tooClose'].some(says)) p.push('blocking step says none, the treaty formed');
    if (settled && c.undecided > 0 && c.verdict === 'not_adopted' && says('blocking.formed')) p.push('blocking step: formed in the best case, not named');
  }
  return p;
}

/** The step marks of the verdict panel's bars (src/ui/verdict/conditionReading.ts) as Explain's step statuses. */
const TONE_STATUS = { met: 'met', open: 'open', not_met: 'not_met', uncertain: 'uncertain' } as const;

/**
 * The marks and headings of every surface against the claims and the treaty (independently of
 * claimsOf where it matters): the headline's word (verdict panel, sticky summary, presentation,
 * PNG), the blocking minority's mark and heading (panel, print, presentation card, sticky
 * summary, PNG, text summary, CLI), Explain's step marks, the Nice comparison table's marks, the
 * PNG's condition lines, the text summary's condition lines, and the rounding band.
 */
export function markProblems(v: Vote, locale: Locale): string[] {
  const o = v.input.outcome;
  const c = claimsOf(o);
  const tr = translator(locale);
  const p: string[] = [];
  // The headline: "Too close to call" exactly when a settled verdict rests on the rounding.
  const tooClose = o.verdict !== 'undetermined' && o.tooCloseToCall;
  const word = headline(o, tr, c).word;
  if ((word === tr.t('verdict.tooCloseWord')) !== tooClose) p.push(`headline "${word}" for ${o.verdict}, too close ${o.tooCloseToCall}`);
  // The blocking minority (declared: the best case), against the treaty's definition.
  const t = treatyBlocking(o.best);
  const b = c.declaredBlocking;
  const bw = blockingWords(b, c.undecided, tr);
  const wantMark = t.tooClose ? '≈' : t.formed ? '■' : '□';
  if (bw.mark !== wantMark) p.push(`blocking mark ${bw.mark}, the treaty's ${wantMark} (${JSON.stringify(t)})`);
  if (b.kind === 'population' && b.limitPercent !== null) {
    const over = b.population * 100 > b.limitPercent * b.of;
    const enough = b.requiredMembers === null || b.members >= b.requiredMembers;
    if (bw.mark === '■' && !(over && enough)) p.push(`"${bw.heading}" beside ${b.members} members holding ${tr.share(b.population, b.of)}`);
  }
  if (bw.mark !== '■' && bw.heading === tr.t('blocking.formed')) p.push(`"${bw.heading}" with mark ${bw.mark}`);
  const defeat = tr.t(c.undecided > 0 ? 'claims.blocking.membersDefeatEvenIf' : 'claims.blocking.membersDefeat').split(':')[0]!;
  // Spelt out when the member condition alone stops the act; a formed population blocking minority
  // says it among its routes instead.
  const byRoutes = t.formed && b.kind !== 'weights';
  const wantDefeat = t.stopsOnMembers && !byRoutes;
  if (bw.lines.some((l) => l.startsWith(defeat)) !== wantDefeat) p.push(`members defeat said ${!wantDefeat}, the treaty ${t.stopsOnMembers} (formed ${t.formed})`);
  if (byRoutes && t.stopsOnMembers && !bw.lines.some((l) => l.includes(tr.t('route.members')))) p.push('a formed blocking minority does not name the member condition among its routes');
  // Explain: each condition step carries the mark of the panel's bar; the blocking step the panel's.
  const steps = explainSteps(v.input);
  c.conditionCases.forEach((cc) => {
    const s = steps.find((x) => x.id === cc.id);
    const r = conditionReading(cc, c.undecided, tr);
    if (s && s.status !== TONE_STATUS[r.tone]) p.push(`Explain ${cc.id}: ${s.status}, the panel ${r.mark} ${r.word}`);
  });
  const bs = steps.find((x) => x.id === 'blocking');
  if (bs) {
    const k = treatyBlocking(o.verdict === 'not_adopted' ? o.best : o.worst);
    const want = o.verdict === 'undetermined' ? 'open' : k.tooClose ? 'uncertain' : k.formed ? 'met' : 'not_met';
    if (bs.status !== want) p.push(`Explain blocking: ${bs.status}, the treaty's ${want}`);
    if (o.verdict === 'undetermined' && !['blocking.caseNo', 'blocking.caseYes'].every((key) => bs.lines.some((l) => keyOf(l) === key))) p.push('Explain: an open blocking minority without both cases');
  }
  if (v.rule.kind === 'nice' && bs) p.push('Explain: a 35 % blocking minority under the Nice rule');
  // Nothing inside the rounding band is called met, short or formed.
  const pop = c.key.conditions.find((x) => x.id === 'population');
  const lines = verdictMargins(c, tr).lines;
  if (pop?.status === 'uncertain') {
    const spare = tr.t('margin.spare').split('{')[0]!;
    const short = tr.t('margin.populationShort').split('{')[0]!;
    const points = tr.points(c.key.margins.populationPoints ?? 0);
    if (lines.some((l) => (l.startsWith(spare) && l.includes(points)) || l.startsWith(short))) p.push(`margins inside the rounding band: ${lines.join(' ')}`);
  }
  const pct = (c.actual.populationInFavour / c.actual.populationParticipating) * 100;
  if (c.verdict !== 'undetermined' && [65, 62].some((x) => Math.abs(pct - x) < 0.1) && !headline(o, tr, c).reason.includes(tr.percent2Of(c.actual.populationInFavour, c.actual.populationParticipating))) p.push('headline: one decimal near a threshold');
  // The Nice rule: margins in weighted votes, no population blocking minority.
  if (v.rule.kind === 'nice' && c.verdict !== 'undetermined') {
    const text = lines.join(' ');
    const bm = c.key.margins.blocking;
    if (bm && (bm.populationNeeded > 0 || bm.membersNeeded > 0 || !text.includes(tr.tp('claims.n.moreVote', bm.votesNeeded)))) p.push(`Nice blocking margin not in weighted votes: ${text}`);
    const w = c.key.conditions.find((x) => x.id === 'weights')!;
    if (w.margin < 0 && !text.includes(tr.tp('claims.n.moreVote', -w.margin))) p.push(`Nice margins without the weighted votes: ${text}`);
  }
  // The Nice comparison table: the panel's mark for each condition.
  for (const id of ['members', 'population', 'weights'] as const) {
    const cc = c.conditionCases.find((x) => x.id === id);
    if (!cc) continue;
    const mark = conditionReading(cc, c.undecided, tr).mark;
    if (!niceFigure(o, id, tr).startsWith(`${mark} `)) p.push(`Nice table ${id}: "${niceFigure(o, id, tr)}", the panel ${mark}`);
  }
  return p;
}

/** The English exports' marks and words (PNG text, text summary, CLI) against the claims. */
export function exportMarkProblems(v: Vote): string[] {
  const o = v.input.outcome;
  const c = claimsOf(o);
  const p: string[] = [];
  const rule = isRuleId(v.rule.kind) ? v.rule.kind : 'qmv';
  const s = { datasetId: v.dataset.id, rule, positions: v.input.positions, date: '2016-06-01' };
  const png = pngText(s, o, v.dataset);
  const en = translator('en');
  if (png.word !== headline(o, en, c).word) p.push(`PNG word "${png.word}"`);
  c.conditionCases.forEach((cc, i) => {
    const r = conditionReading(cc, c.undecided, en);
    if (!png.lines[i]?.startsWith(r.mark) || !png.lines[i]?.endsWith(r.word)) p.push(`PNG line "${png.lines[i]}", the panel ${r.mark} … ${r.word}`);
  });
  const bw = blockingWords(c.declaredBlocking, c.undecided, en);
  if (!png.lines.includes(`${bw.mark} ${bw.heading}`)) p.push('PNG: not the blocking heading of the panel');
  if (!png.footer.some((l) => l.startsWith('Figures in force on') || l.includes('is not the table') || l.startsWith('No figures for'))) p.push(`PNG footer without the figures-on-date line: ${png.footer.join(' | ')}`);
  const summary = summaryText(s, o, v.dataset);
  c.conditionCases.forEach((cc) => {
    if (!summary.split('\n').some((l) => l.includes(`— ${standingPhrase(cc.standing, c.undecided)}`))) p.push(`summary: no line for ${cc.id} with its standing`);
  });
  const t = treatyBlocking(o.best);
  if (summary.includes('; a blocking minority of') !== t.formed) p.push(`summary: blocking minority formed ${!t.formed}, the treaty ${t.formed}`);
  if (summary.includes('not adopted on the members condition') !== t.stopsOnMembers) p.push('summary: members defeat');
  return p;
}
