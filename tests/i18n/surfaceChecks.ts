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
  if (c.key.adopted !== want.adopted || c.key.blocking.formed !== want.blockingMinority.exists) p.push('claims: key case disagrees');
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
  if (cc && /^reached\.(spare|exact|short|uncertain|deemed)$/.test(key)) {
    if (name === 'actual' && c.undecided > 0) p.push(`${key}: met or not claimed for the declared vote while members are undecided`);
    const says = key === 'reached.short' || key === 'reached.deemed' ? 'not_met' : key === 'reached.uncertain' ? 'uncertain' : 'met';
    if (says !== cc.status) p.push(`${key}: says ${says} in the ${name} case, the engine ${cc.status}`);
    if ((key === 'reached.deemed') !== cc.deemedMet) p.push(`${key}: deemed met disagrees`);
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
    if (ci !== null && settled && s.status !== c.key.conditions[ci]!.status) p.push(`${s.id}: step says ${s.status}, the engine ${c.key.conditions[ci]!.status}`);
    for (const l of s.lines) {
      const text = teachText(l, tr);
      if (/\{\w+\}/.test(text)) p.push(`${locale}: placeholder left in "${text}"`);
      if ('plural' in l && (l.plural === 'whatIf.members' || l.plural === 'what.members') && !text.includes(tr.count(l.n))) p.push(`${locale}: "${text}" lacks ${l.n}`);
    }
  }
  const blocking = steps.find((s) => s.id === 'blocking');
  if (blocking) {
    const b = c.key.blocking;
    const want = settled ? (b.formed ? 'met' : 'not_met') : 'uncertain';
    if (blocking.status !== want) p.push(`blocking step "${blocking.status}" (met = formed), the engine formed=${b.formed}`);
    const says = (k: string) => blocking.lines.some((l) => keyOf(l) === k);
    if (settled && (says('blocking.formed') || says('blocking.formedEvenIf')) !== b.routes.includes('population')) p.push('blocking step: population route disagrees');
    if (settled && says('blocking.membersRoute') !== b.routes.includes('members')) p.push('blocking step: members route disagrees');
    if (settled && b.formed && ['blocking.noneEnough', 'blocking.noneFew', 'blocking.deemed'].some(says)) p.push('blocking step says none, the engine formed');
    if (settled && c.undecided > 0 && c.verdict === 'not_adopted' && says('blocking.formed')) p.push('blocking step: formed in the best case, not named');
  }
  return p;
}
