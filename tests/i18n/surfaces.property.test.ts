/**
 * One truth, many surfaces: over random votes (every rule, custom thresholds, undecided and
 * absent members, percentage and persons datasets), every surface that speaks of a verdict —
 * the explanation, the verdict panel's headline, margins, blocking minority and condition
 * bars (declared figure, how far the undecided could take it, the case the status names), the text summary, the PNG's lines' source, the command line's sentence and table —
 * is checked against evaluate() and a plain count of the positions, in English, French and
 * German (the exports and the CLI are English only). fast-check prints the seed on failure.
 */
import fc from 'fast-check';
import { claimsOf } from '../../src/core/rules/claims';
import type { Outcome } from '../../src/core/rules/outcome';
import { isRuleId } from '../../src/core/rules/vote';
import { summaryText } from '../../src/core/scenario/report';
import { formatEvaluation, verdictSentence } from '../../src/cli/format';
import type { EvaluateRequest } from '../../src/cli/args';
import { loadCatalogue, type Locale } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/translator';
import { blockingHeading, conditionStatusWord, headline, verdictMargins } from '../../src/ui/verdict/explain';
import { conditionReading } from '../../src/ui/verdict/conditionReading';
import type { Positions } from '../../src/core/rules/vote';
import { expectedStanding } from './standingOracle';
import { claimProblems, explanationProblems, exportMarkProblems, markProblems } from './surfaceChecks';
import { voteArb, type Vote } from './voteArb';
import type { Dataset } from '../../src/core/data/dataset';
import { DATASETS, electorateOf } from '../../src/core/data/datasets';
import { evaluate } from '../../src/core/rules/evaluate';
import type { Rule } from '../../src/core/rules/vote';
import { PRESETS, presetScenario } from '../../src/core/scenario/preset';
import { compareScenarios } from '../../src/core/scenario/compare';
import { positionsCsv } from '../../src/core/scenario/report';
import { explainSteps } from '../../src/core/teach/explainSteps';
import { blockingWords } from '../../src/ui/verdict/explain';
import { niceFigure } from '../../src/ui/teach/niceFigure';
import { pngText } from '../../src/ui/export/exportPng';

const LANGS: Locale[] = ['en', 'fr', 'de'];
beforeAll(async () => {
  for (const l of LANGS) await loadCatalogue(l);
});

/** The verdict panel (and so the print sheet and presentation, which use the same functions). */
function panelProblems(o: Outcome, locale: Locale): string[] {
  const tr = translator(locale);
  const c = claimsOf(o);
  const k = c.key;
  const p: string[] = [];
  const { reason } = headline(o, tr);
  if (c.verdict !== 'undetermined' && !reason.includes(tr.tp('n.member', c.actual.inFavour))) p.push(`headline "${reason}" lacks the ${c.actual.inFavour} declared in favour`);
  const heading = blockingHeading(c.declaredBlocking, c.undecided, tr);
  if ((heading === tr.t('blocking.formed')) !== c.declaredBlocking.formed) p.push(`blocking heading "${heading}" disagrees with the engine`);
  if (c.verdict !== 'undetermined' && c.declaredBlocking.formed !== k.blocking.formed) p.push('the panel\'s blocking minority and the explanation\'s disagree');
  c.worst.conditions.forEach((cond) => {
    const word = conditionStatusWord(cond, tr);
    if ((word === tr.t('cond.deemedMet')) !== cond.deemedMet) p.push(`condition ${cond.id}: "${word}"`);
  });
  const block = verdictMargins(c, tr);
  const lines = block.lines;
  if (c.verdict === 'undetermined') return lines.length || block.lead ? ['margins for an open verdict'] : p;
  const text = lines.join(' ');
  const m = k.margins;
  if (k.name !== 'actual' && lines.length && block.lead !== tr.tp(k.name === 'best' ? 'margin.caseBest' : 'margin.caseWorst', c.undecided)) p.push(`margins do not name the ${k.name} case`);
  if (k.name === 'actual' && block.lead !== null) p.push('margins name a case for the declared vote');
  if ((m.membersShort > 0) !== text.includes(tr.t('margin.needsMembers', { members: tr.tp('n.moreMember', m.membersShort) }))) p.push('margins: members short');
  const spareStart = tr.t('margin.spare').split('{')[0]!;
  const deemedStart = tr.t('margin.deemed').split('{')[0]!;
  if (m.populationDeemed !== text.includes(deemedStart)) p.push(`margins: deemed population (${m.populationDeemed}) in "${text}"`);
  if (m.populationDeemed && m.populationPoints !== null && lines.some((l) => l.startsWith(spareStart) && l.includes(tr.points(m.populationPoints!)))) p.push(`margins: a population spare beside the deemed condition: "${text}"`);
  if (lines.some((l) => l.startsWith(spareStart) && l.includes(`(${tr.people(0)})`))) p.push(`margins: a zero spare: "${text}"`);
  if (m.populationShort && !m.populationDeemed && k.adopted) p.push('margins: adopted with the population short');
  return p;
}

const STANDING_KEY = {
  met_even_if_undecided_no: ['cond.evenIfNo', 'cond.deemedEvenIfNo'],
  met_only_if_undecided_yes: ['cond.onlyIfYes', 'cond.deemedOnlyIfYes'],
  not_met_even_if_undecided_yes: ['cond.notEvenIfYes', 'cond.notEvenIfYes'],
} as const;

/**
 * The condition bars (verdict panel, print sheet, presentation): the declared figure is the count
 * of the positions, the status names the case the engine's two cases give, and it agrees with the
 * figures beside it (met even if the undecided vote no: the declared figure reaches the threshold).
 */
function barProblems(v: Vote, locale: Locale): string[] {
  const tr = translator(locale);
  const { outcome: o, positions, electorate } = v.input;
  const c = claimsOf(o);
  const pos = (code: string) => positions[code as keyof Positions] ?? 'undecided';
  const p: string[] = [];
  c.conditionCases.forEach((cc, i) => {
    const r = conditionReading(cc, c.undecided, tr);
    const want = expectedStanding(o, i);
    if (cc.standing !== want.standing || cc.case !== want.case) p.push(`bar ${cc.id}: ${cc.standing}/${cc.case}, the engine's cases give ${want.standing}/${want.case}`);
    const declaredWant =
      cc.id === 'members' ? electorate.voters.filter((x) => pos(x.code) === 'yes').length
      : cc.id === 'population' ? electorate.voters.filter((x) => pos(x.code) === 'yes').reduce((n, x) => n + x.population, 0)
      : cc.id === 'no_objection' ? electorate.voters.filter((x) => pos(x.code) === 'no').length
      : o.worst.conditions[i]!.reached;
    if (r.declared !== declaredWant) p.push(`bar ${cc.id}: shows ${r.declared} declared, the positions give ${declaredWant}`);
    if (want.standing in STANDING_KEY) {
      const [plain, deemedKey] = STANDING_KEY[want.standing as keyof typeof STANDING_KEY];
      const caseEval = want.case === 'best' ? o.best : o.worst;
      const isDeemed = caseEval.deemedAdopted && cc.id === 'population' && caseEval.conditions[i]!.margin < 0;
      const word = tr.tp(isDeemed ? deemedKey : plain, c.undecided);
      if (r.word !== word) p.push(`bar ${cc.id}: "${r.word}", expected "${word}"`);
    }
    if (cc.id === 'no_objection' || cc.standing === 'uncertain' || cc.deemedMet) return;
    const need = cc.worst.required;
    const top = r.upTo ?? r.declared;
    if (cc.standing === 'met_even_if_undecided_no' && r.declared < need) p.push(`bar ${cc.id}: "${r.word}" beside ${r.declared} of ${need}`);
    if (cc.standing === 'met_only_if_undecided_yes' && !(r.declared < need && top >= need)) p.push(`bar ${cc.id}: "${r.word}" beside ${r.declared} (up to ${top}) of ${need}`);
    if (cc.standing === 'not_met_even_if_undecided_yes' && top >= need) p.push(`bar ${cc.id}: "${r.word}" beside up to ${top} of ${need}`);
  });
  return p;
}

/** The English exports and the command line. */
function exportProblems(v: Vote): string[] {
  const o = v.input.outcome;
  const c = claimsOf(o);
  const p: string[] = [];
  const rule = isRuleId(v.rule.kind) ? v.rule.kind : 'qmv';
  const summary = summaryText({ datasetId: v.dataset.id, rule, positions: v.input.positions }, o, v.dataset);
  const n = c.actual.inFavour;
  if (!summary.includes(`positions ${n} member${n === 1 ? ' is' : 's are'} in favour`)) p.push(`summary: not ${n} in favour: ${summary.split('\n')[0]}`);
  // The verdict sentence (the condition lines below may say a case's condition is deemed met).
  if (summary.split('\n')[0]!.includes('deemed met') !== c.key.margins.populationDeemed) p.push('summary: deemed disagrees');
  // The figures the verdict rests on, named as the date sentence names them (tests/i18n/dateFigures.test.ts).
  if (!summary.includes(`No date of the vote set: the figures are ${v.dataset.label} (`)) p.push('summary: the figures of the verdict are not named');
  const req = { dataset: v.dataset, rule: v.rule, positions: v.input.positions, populations: {} } as unknown as EvaluateRequest;
  const sentence = verdictSentence(req, o);
  if (c.verdict !== 'undetermined' && c.undecided > 0 && v.rule.kind !== 'unanimity' && !sentence.includes('even if')) p.push(`cli: the case is not named: ${sentence}`);
  if (c.verdict === 'adopted' && sentence.includes('deemed met') !== c.key.margins.populationDeemed) p.push(`cli: deemed disagrees: ${sentence}`);
  const table = formatEvaluation(req, o);
  if (table.includes('deemed met') !== c.worst.conditions.some((x) => x.deemedMet)) p.push('cli table: deemed disagrees');
  return p;
}

describe('every surface agrees with evaluate()', () => {
  it('claims, explanation, verdict panel, exports and CLI, in English, French and German', () => {
    fc.assert(
      fc.property(voteArb, (v) => {
        if (!v) return;
        const { outcome, positions, electorate } = v.input;
        const problems = [
          ...claimProblems(outcome, positions, electorate.voters.map((x) => x.code)),
          ...LANGS.flatMap((l) => [...explanationProblems(v.input, l), ...[...panelProblems(outcome, l), ...barProblems(v, l)].map((x) => `${l}: ${x}`)]),
          ...exportProblems(v),
          ...exportMarkProblems(v),
          ...LANGS.flatMap((l) => markProblems(v, l).map((x) => `${l}: ${x}`)),
        ];
        expect([...new Set(problems)]).toEqual([]);
      }),
      { numRuns: 300, ...(process.env.SURFACES_SEED ? { seed: Number(process.env.SURFACES_SEED) } : {}) },
    );
  }, 60_000);
});

/** The cases a teacher projects and an analyst quotes, as fixed examples (every check above, and their own words). */
describe('the hard cases, on every surface', () => {
  const d25 = DATASETS.find((d) => d.id === 'council-2025')!;
  const d16 = DATASETS.find((d) => d.id === 'council-2016')!;
  const vote = (d: Dataset, positions: Positions, rule: Rule = { kind: 'qmv' }): Vote => {
    const e = electorateOf(d);
    const o = evaluate(e, positions, rule);
    if (!o.ok) throw new Error(o.error.message);
    return { input: { outcome: o.value, electorate: e, positions }, dataset: d, rule };
  };
  const preset = (id: string, extra: Positions = {}) => vote(d25, { ...presetScenario(PRESETS.find((p) => p.id === id)!).positions, ...extra });
  const allBut = (d: Dataset, set: Positions) => Object.fromEntries(d.members.map((m) => [m.code, set[m.code] ?? 'yes'])) as Positions;
  const everyCheck = (v: Vote) => {
    const { outcome, positions, electorate } = v.input;
    return [
      ...claimProblems(outcome, positions, electorate.voters.map((x) => x.code)),
      ...LANGS.flatMap((l) => [...explanationProblems(v.input, l), ...panelProblems(outcome, l), ...barProblems(v, l), ...markProblems(v, l)]),
      ...exportProblems(v),
      ...exportMarkProblems(v),
    ];
  };
  const en = () => translator('en');

  it('1. thirteen members not in favour: no blocking minority (9.6 % ≤ 35 %), not adopted on the members condition', () => {
    const v = preset('teaching-thirteen-not-in-favour');
    expect(everyCheck(v)).toEqual([]);
    const c = claimsOf(v.input.outcome);
    const w = blockingWords(c.declaredBlocking, c.undecided, en());
    expect(w.mark).toBe('□');
    expect(w.heading).toBe('No blocking minority (9.6 % ≤ 35 %)');
    expect(w.lines[1]).toBe('Not adopted on the members condition: 14 in favour, 15 needed — 13 members not in favour are enough to stop it.');
    expect(compareScenarios(presetScenario(PRESETS.find((p) => p.id === 'teaching-thirteen-not-in-favour')!), presetScenario(PRESETS.find((p) => p.id === 'teaching-thirteen-not-in-favour')!)).ok).toBe(true);
    const req = { dataset: v.dataset, rule: v.rule, positions: v.input.positions, populations: {} } as unknown as EvaluateRequest;
    expect(verdictSentence(req, v.input.outcome)).toMatch(/^Not adopted on the members condition: only 14 of 27 members are in favour, 15 required — 13 members not in favour are enough to stop it; no blocking minority \(9\.6 % ≤ 35 %\)/);
  });

  it('2. CSA Regulation, Coreper 20 June 2024 (and with the Netherlands and France in favour): one standing, one mark', () => {
    for (const v of [preset('csa-2024-06-20'), preset('csa-2024-06-20', { NL: 'yes', FR: 'yes' })]) {
      expect(everyCheck(v)).toEqual([]);
      const c = claimsOf(v.input.outcome);
      expect(c.conditionCases[0]!.standing).toBe('met_only_if_undecided_yes');
      for (const l of LANGS) {
        expect(niceFigure(v.input.outcome, 'members', translator(l))).toMatch(/^◐ /);
        expect(explainSteps(v.input).find((s) => s.id === 'members')!.status).toBe('open');
      }
    }
  });

  it('3. all yes but Germany, France, Latvia, Estonia and Lithuania (2025 percentages): too close to call, in the headline', () => {
    const v = vote(d25, allBut(d25, { DE: 'no', FR: 'no', LV: 'no', EE: 'no', LT: 'no' }));
    expect(everyCheck(v)).toEqual([]);
    const c = claimsOf(v.input.outcome);
    expect(c.call).toBe('too_close');
    for (const l of LANGS) expect(headline(v.input.outcome, translator(l), c).word).toBe(translator(l).t('verdict.tooCloseWord'));
    expect(headline(v.input.outcome, en(), c).reason).toBe('22 members of 27, 64.98 % of the population in favour');
    const w = blockingWords(c.declaredBlocking, 0, en());
    expect([w.mark, w.heading]).toEqual(['≈', 'Blocking minority: too close to call (35.02 % against more than 35 %)']);
    expect(verdictMargins(c, en()).lines).toEqual(['Population in favour: 64.98 % against 65.0 % — within the rounding of the published figures: too close to call.']);
    const req = { dataset: v.dataset, rule: v.rule, positions: v.input.positions, populations: {} } as unknown as EvaluateRequest;
    expect(verdictSentence(req, v.input.outcome)).toMatch(/^Too close to call: 22 of 27 members \(81\.5 %\) representing 64\.98 % of the population/);
  });

  it('4. a Nice-rule vote (vote 1208, 11 Dec 2012: 316 of 345 weighted votes): margins and blocking minority in weighted votes', () => {
    const v = vote(d16, allBut(d16, { HR: 'absent', UK: 'abstain' }), { kind: 'nice', commissionProposal: true, populationCheck: true });
    expect(everyCheck(v)).toEqual([]);
    const c = claimsOf(v.input.outcome);
    expect(verdictMargins(c, en()).lines).toEqual([
      'A blocking minority needs 62 more weighted votes.',
      'Spare: 61 weighted votes above the weighted-vote threshold and 12 members above the member threshold.',
      'Population check (62.0 %): 25.2 percentage points (127.0 million people) to spare.',
    ]);
    expect(blockingWords(c.declaredBlocking, 0, en()).heading).toBe('No blocking minority (29 ≤ 90 weighted votes)');
    expect(explainSteps(v.input).some((s) => s.id === 'blocking')).toBe(false);
  });

  it('7. the exports carry the figures-on-date line and the CSV its headers', () => {
    const v = preset('csa-2024-06-20');
    const s = presetScenario(PRESETS.find((p) => p.id === 'csa-2024-06-20')!);
    expect(pngText(s, v.input.outcome, v.dataset).footer[1]).toBe(
      'No figures for 20 June 2024 in the app: using Council 2025 (EU-27) (applied 1 January 2025 to 31 December 2025), the nearest.',
    );
    const csv = positionsCsv(s, v.input.outcome, v.dataset).split('\r\n');
    expect(csv[0]).toBe('field,value,detail');
    expect(csv).toContain('condition,case,label,status,reached,required,out_of,standing');
  });
});
