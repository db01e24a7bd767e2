/**
 * One truth, many surfaces: over random votes (every rule, undecided and absent members,
 * percentage and persons datasets), every sentence the app writes about a verdict — the
 * explanation, the verdict panel's margins and headline — is checked against evaluate() in
 * English, French and German. fast-check prints the seed and the counterexample on failure.
 */
import fc from 'fast-check';
import { electorateOf, findDataset } from '../../src/core/data/datasets';
import { evaluate } from '../../src/core/rules/evaluate';
import { marginsOf } from '../../src/core/rules/margins';
import type { Evaluation, Outcome } from '../../src/core/rules/outcome';
import type { Position, Positions, Rule } from '../../src/core/rules/vote';
import { explainSteps, type ExplainInput } from '../../src/core/teach/explainSteps';
import type { TeachParam, TeachText } from '../../src/core/teach/teachText';
import { loadCatalogue, type Locale } from '../../src/i18n/locales';
import { teachText } from '../../src/i18n/teach';
import { translator } from '../../src/i18n/translator';
import { headline, marginSentences } from '../../src/ui/explain';
import { ruleArb } from '../core/analysis/power/fixtures';

const LANGS: Locale[] = ['en', 'fr', 'de'];
beforeAll(async () => {
  for (const l of LANGS) await loadCatalogue(l);
});

const electorates = ['council-2025', 'council-2020', 'council-2016'].map((id) => {
  const d = findDataset(id);
  if (!d.ok) throw new Error(d.error.message);
  return electorateOf(d.value);
});

const position = fc.oneof(
  { arbitrary: fc.constant<Position>('yes'), weight: 8 },
  { arbitrary: fc.constantFrom<Position>('no', 'abstain'), weight: 3 },
  { arbitrary: fc.constant<Position>('undecided'), weight: 2 },
  { arbitrary: fc.constant<Position>('absent'), weight: 1 },
);

interface Case {
  readonly input: ExplainInput;
}

/** Random positions, or the largest members against and the rest in favour or undecided. */
const caseArb: fc.Arbitrary<Case | null> = fc
  .record({ e: fc.constantFrom(...electorates), rule: ruleArb, big: fc.integer({ min: 0, max: 4 }), seed: fc.array(position, { minLength: 28, maxLength: 28 }) })
  .map(({ e, rule, big, seed }) => {
    const byPop = [...e.voters].sort((a, b) => b.population - a.population).map((v) => v.code);
    const positions = Object.fromEntries(
      e.voters.map((v, i) => {
        const p = seed[i]!;
        if (big === 0) return [v.code, p];
        return [v.code, byPop.indexOf(v.code) < big ? 'no' : p === 'undecided' ? 'undecided' : 'yes'];
      }),
    ) as Positions;
    const o = evaluate(e, positions, rule as Rule);
    return o.ok ? { input: { outcome: o.value, electorate: e, positions } } : null;
  });

type CaseName = 'actual' | 'best' | 'worst';

/** The figures each case stands for, straight from the engine. */
function caseOf(o: Outcome, name: CaseName): Evaluation {
  return name === 'best' ? o.best : o.worst;
}

/** Declared figures: undecided members are neither in favour nor against. */
function actual(o: Outcome) {
  return { inFavour: o.worst.members.inFavour, against: o.best.members.against, population: o.worst.population.inFavour };
}

const CONTEXT: Readonly<Record<string, CaseName>> = {
  'condition.ifNo': 'worst',
  'condition.ifYes': 'best',
};

/**
 * Walks a message tree and checks every figure a message claims against the case it names
 * (the actual vote unless wrapped in a "best case" or "worst case" message).
 */
function checkText(t: TeachText, o: Outcome, name: CaseName, conditionIndex: number | null, problems: string[]) {
  const key = 'key' in t ? t.key : t.plural;
  const here: CaseName = CONTEXT[key] ?? name;
  const e = caseOf(o, here === 'actual' ? 'worst' : here);
  const a = actual(o);
  const c = conditionIndex === null ? undefined : e.conditions[conditionIndex];
  if ('plural' in t && t.plural === 'what.members') {
    const want = here === 'actual' ? a.inFavour : e.members.inFavour;
    if (t.n !== want) problems.push(`${key} in the ${here} case says ${t.n} in favour, the engine ${want}`);
  }
  if ('plural' in t && t.plural === 'reached.against') {
    const want = here === 'actual' ? a.against : e.members.against;
    if (t.n !== want) problems.push(`${key} in the ${here} case says ${t.n} against, the engine ${want}`);
  }
  if ('key' in t && t.key === 'what.population') {
    const amount = t.params?.amount as TeachText;
    const people = (amount.params?.people as { people: number }).people;
    const want = here === 'actual' ? a.population : e.population.inFavour;
    if (people !== want) problems.push(`${key} in the ${here} case says ${people} people in favour, the engine ${want}`);
  }
  if (c && 'key' in t && /^reached\.(spare|exact|short|uncertain)$/.test(t.key)) {
    const says = t.key === 'reached.short' ? 'not_met' : t.key === 'reached.uncertain' ? 'uncertain' : 'met';
    if (says !== c.status) problems.push(`${key} in the ${here} case says ${says}, the engine ${c.status}`);
  }
  for (const p of Object.values(t.params ?? {})) {
    for (const m of nested(p)) checkText(m, o, here, conditionIndex, problems);
  }
}

function nested(p: TeachParam): TeachText[] {
  if (typeof p !== 'object') return [];
  if ('key' in p || 'plural' in p) return [p];
  if ('all' in p) return [...p.all];
  return [];
}

const isKey = (t: TeachText, k: string) => ('key' in t ? t.key : t.plural) === k;

/** Everything wrong with the explanation of one case, as sentences. */
function explanationProblems({ outcome: o, ...rest }: ExplainInput): string[] {
  const problems: string[] = [];
  const steps = explainSteps({ outcome: o, ...rest });
  const settled = o.verdict !== 'undetermined';
  const key = o.verdict === 'not_adopted' ? o.best : o.worst;
  steps.forEach((s) => {
    const ci = s.id === 'members' || s.id === 'population' || s.id === 'weights' || s.id === 'no_objection' ? key.conditions.findIndex((c) => c.id === s.id) : null;
    s.lines.forEach((l) => checkText(l, o, 'actual', ci, problems));
    if (ci !== null && settled && o.undecided.length > 0) {
      // The actual vote first, then the case that settles it.
      const first = s.lines[1];
      if (first && Object.keys(CONTEXT).some((k) => isKey(first, k))) problems.push(`${s.id}: the actual vote is not stated first`);
    }
  });
  const blocking = steps.find((s) => s.id === 'blocking');
  if (blocking) {
    const bm = key.blockingMinority;
    const want = settled ? (bm.exists ? 'met' : 'not_met') : 'uncertain';
    if (blocking.status !== want) problems.push(`blocking step is "${blocking.status}" (met = formed), the engine: formed ${bm.exists}`);
    const says = (k: string) => blocking.lines.some((l) => isKey(l, k));
    if (settled && says('blocking.formed') !== bm.routes.includes('population')) problems.push('blocking step: population route disagrees');
    if (settled && says('blocking.membersRoute') !== bm.routes.includes('members')) problems.push('blocking step: members route disagrees');
    if (bm.exists && settled && ['blocking.noneEnough', 'blocking.noneFew', 'blocking.deemed'].some(says)) problems.push('blocking step says none, engine formed');
  }
  return problems;
}

/** The verdict panel's headline and margins, in one language. */
function panelProblems(o: Outcome, locale: Locale): string[] {
  const tr = translator(locale);
  const problems: string[] = [];
  const { reason } = headline(o, tr);
  if (o.verdict !== 'undetermined' && !reason.includes(tr.tp('n.member', o.worst.members.inFavour))) problems.push(`headline "${reason}" lacks the members in favour`);
  if (o.verdict === 'undetermined') return problems;
  const e = o.worst;
  const m = marginsOf(e);
  const sentences = marginSentences(e, tr);
  const text = sentences.join(' ');
  if (m.membersShort > 0 && !text.includes(tr.tp('n.moreMember', m.membersShort))) problems.push(`margins lack the ${m.membersShort} members short`);
  if (e.deemedAdopted && m.populationPoints !== null) {
    const spare = tr.t('margin.spare', { members: '\u0000', points: '\u0000', people: '\u0000' }).split('\u0000')[0]!;
    const spareSentence = sentences.find((s) => s.startsWith(spare));
    if (spareSentence?.includes(tr.points(m.populationPoints))) problems.push(`deemed adopted, yet "${spareSentence}" counts a population spare`);
  }
  if (m.populationPoints !== null && m.populationPoints < 0 && !e.deemedAdopted && e.adopted) problems.push('adopted with the population short and not deemed');
  return problems;
}

describe('every surface agrees with evaluate()', () => {
  it('explanation and verdict panel, in English, French and German', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        if (!c) return;
        const problems = [...explanationProblems(c.input), ...LANGS.flatMap((l) => panelProblems(c.input.outcome, l).map((p) => `${l}: ${p}`))];
        expect(problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
