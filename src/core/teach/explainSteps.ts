/**
 * "Explain this result": the verdict taken apart step by step with its own numbers —
 * participation, the member condition, the population condition, the blocking minority, and
 * what decided it. Pure: each line is a message key with its figures (src/core/teach/teachText.ts),
 * rendered in the reader's language by the UI.
 */
import type { Electorate } from '../rules/evaluate';
import { marginsOf } from '../rules/margins';
import { populationPercent } from '../rules/populationSplit';
import type { Condition, Evaluation, Outcome } from '../rules/outcome';
import { assertNever } from '../result';
import { capital, msg, pl, type TeachText } from './teachText';
import type { Positions, Voter } from '../rules/vote';

export type StepStatus = 'met' | 'not_met' | 'uncertain' | 'info';
export type StepId = 'participation' | Condition['id'] | 'blocking' | 'verdict';

export interface ExplainStep {
  readonly id: StepId;
  readonly title: TeachText;
  readonly status: StepStatus;
  readonly lines: readonly TeachText[];
}

export interface ExplainInput {
  readonly outcome: Outcome;
  readonly electorate: Electorate;
  readonly positions: Positions;
}

const codes = (vs: readonly Voter[]) => ({ countries: vs.map((v) => v.code), join: 'and' as const });
const share = (part: number, of: number) => ({ share: part, of });

/**
 * The evaluation that explains a settled verdict: adopted even if every undecided member votes
 * no (worst case), not adopted even if they all vote yes (best case).
 */
export function keyEvaluation(o: Outcome): Evaluation {
  return o.verdict === 'not_adopted' ? o.best : o.worst;
}

function participation({ outcome, electorate, positions }: ExplainInput): ExplainStep {
  const e = keyEvaluation(outcome);
  const absent = electorate.voters.filter((v) => positions[v.code] === 'absent');
  const n = electorate.voters.length;
  const people = { people: e.population.participating };
  const lines = [
    absent.length === 0
      ? msg('participation.all', { n, people })
      : pl('participation.some', absent.length, { taking: e.members.participating, all: n, names: codes(absent), people }),
  ];
  if (e.members.abstaining > 0) {
    lines.push(pl(outcome.rule.kind === 'unanimity' ? 'participation.abstainsUnanimity' : 'participation.abstains', e.members.abstaining));
  }
  if (outcome.undecided.length > 0) lines.push(pl('participation.undecided', outcome.undecided.length));
  return { id: 'participation', title: msg('participation.title'), status: 'info', lines };
}

function requirement(c: Condition, o: Outcome, full: boolean): TeachText {
  const { required, of } = c;
  switch (c.id) {
    case 'members': {
      switch (o.rule.kind) {
        case 'qmv':
        case 'reinforced': {
          const pct = o.rule.kind === 'qmv' ? 55 : 72;
          const params = { pct: { percent: pct }, members: full ? { members: of } : pl('req.participating', of), of, exact: { decimal: (pct * of) / 100 }, required };
          return msg(pct === 55 ? (full ? 'req.shareFloor' : 'req.shareNoFloor') : 'req.share', params);
        }
        case 'simple':
          return msg('req.simple', { of, required });
        case 'nice':
        case 'custom':
        case 'unanimity':
          return capital(msg('req.label', { label: { condition: c }, required, of }));
        default:
          return assertNever(o.rule);
      }
    }
    case 'population':
      return msg(full ? 'req.population' : 'req.populationPartial', { pct: { percent: populationPercent(o.rule) ?? 65 }, required: { persons: required }, of: { people: of } });
    case 'weights':
      return msg('req.weights', { label: { condition: c } });
    case 'no_objection':
      return msg('req.noObjection');
    default:
      return assertNever(c.id);
  }
}

function amount(c: Condition, n: number): TeachText | { readonly members: number } {
  return c.id === 'population' ? msg('amount.population', { people: { people: n }, share: share(n, c.of) }) : c.id === 'weights' ? pl('n.vote', n) : { members: n };
}

function short(c: Condition, e: Evaluation): TeachText | { readonly members: number } {
  if (c.id === 'no_objection') return msg('short.against', { n: c.reached });
  if (c.id !== 'population') return amount(c, Math.abs(c.margin));
  const m = marginsOf(e);
  return msg('short.population', { people: { people: Math.abs(c.margin) }, points: { points: m.populationPoints ?? 0 } });
}

/** What a condition reached, as a clause (lower case: it follows "If they vote yes: "). */
function reachedLine(c: Condition, e: Evaluation): TeachText {
  if (c.id === 'no_objection') return c.reached === 0 ? msg('reached.noneAgainst') : pl('reached.against', c.reached);
  const what =
    c.id === 'population'
      ? msg('what.population', { amount: amount(c, c.reached) })
      : c.id === 'weights'
        ? pl('what.weights', c.reached)
        : pl('what.members', c.reached);
  if (c.status === 'uncertain') return msg('reached.uncertain', { what });
  if (c.margin === 0) return msg('reached.exact', { what });
  return msg(c.margin > 0 ? 'reached.spare' : 'reached.short', { what, by: short(c, e) });
}

const conditionTitle = (c: Condition): TeachText => msg(`condTitle.${c.id}`);

function conditionStep(o: Outcome, i: number, full: boolean): ExplainStep {
  const e = keyEvaluation(o);
  const c = e.conditions[i]!;
  const lines = [requirement(c, o, full)];
  let status: StepStatus = c.status;
  if (o.verdict === 'undetermined') {
    const w = o.worst.conditions[i]!;
    const b = o.best.conditions[i]!;
    lines.push(msg('condition.ifNo', { reached: reachedLine(w, o.worst) }), msg('condition.ifYes', { reached: reachedLine(b, o.best) }));
    status = w.status === b.status ? w.status : 'uncertain';
  } else {
    lines.push(capital(reachedLine(c, e)));
  }
  return { id: c.id, title: msg('condition.title', { i: i + 1, title: conditionTitle(c) }), status, lines };
}

function blockingStep({ outcome, electorate, positions }: ExplainInput, full: boolean): ExplainStep | null {
  const e = keyEvaluation(outcome);
  const b = e.blockingMinority;
  const popPct = populationPercent(outcome.rule);
  if (b.requiredMembers === null || popPct === null) return null;
  const over = { percent: 100 - popPct };
  const required = b.requiredMembers;
  const participating = electorate.voters.filter((v) => positions[v.code] !== 'absent').sort((x, y) => y.population - x.population);
  const largest = participating.slice(0, required - 1);
  const largestPopulation = largest.reduce((s, v) => s + v.population, 0);
  const lines = [
    outcome.rule.kind === 'custom'
      ? msg('blocking.custom', { required, pct: over })
      : full
        ? msg('blocking.full')
        : pl('blocking.partial', largest.length, { names: codes(largest), share: share(largestPopulation, e.population.participating), required }),
  ];
  const notInFavour = outcome.undecided.length === 0 ? 'blocking.notInFavour' : outcome.verdict === 'not_adopted' ? 'blocking.notInFavourUndecidedYes' : 'blocking.notInFavourUndecidedNo';
  lines.push(msg(notInFavour, { members: { members: b.members }, against: e.members.against, abstaining: e.members.abstaining, share: share(b.population, e.population.participating) }));
  let status: StepStatus = b.exists ? 'not_met' : 'met';
  if (b.routes.includes('members')) lines.push(msg('blocking.membersRoute'));
  if (e.deemedAdopted) {
    lines.push(pl('blocking.deemed', b.members, { pct: over, required }));
  } else if (b.routes.includes('population')) {
    lines.push(msg('blocking.formed', { required, pct: over }));
  } else if (!b.exists) {
    lines.push(msg(b.members >= required ? 'blocking.noneEnough' : 'blocking.noneFew', { pct: over }));
  }
  if (outcome.verdict === 'undetermined') status = 'uncertain';
  return { id: 'blocking', title: msg('blocking.title'), status, lines };
}

function verdictStep(o: Outcome): ExplainStep {
  const e = keyEvaluation(o);
  const failed = e.conditions.map((c, i) => ({ c, i })).filter(({ c }) => c.margin < 0);
  const lines: TeachText[] = [];
  if (o.verdict === 'undetermined') {
    lines.push(pl('verdict.open', o.undecided.length));
  } else if (o.verdict === 'adopted') {
    lines.push(msg(e.deemedAdopted ? 'verdict.deemed' : e.conditions.length > 1 ? 'verdict.allMet' : 'verdict.met'));
    if (o.undecided.length > 0) lines.push(msg('verdict.staysAdopted'));
  } else {
    const which = failed.map(({ c, i }) => msg(c.id === 'no_objection' ? 'verdict.failsWith' : 'verdict.failsBy', { i: i + 1, title: conditionTitle(c), by: short(c, e) }));
    lines.push(msg('verdict.notAdopted', { failures: { all: which } }));
    if (e.conditions.length > 1 && failed.length < e.conditions.length) lines.push(msg('verdict.allTogether'));
    if (o.undecided.length > 0) lines.push(msg('verdict.staysNotAdopted'));
  }
  if (o.tooCloseToCall) lines.push(msg('verdict.tooClose'));
  const status: StepStatus = o.verdict === 'adopted' ? 'met' : o.verdict === 'not_adopted' ? 'not_met' : 'uncertain';
  return { id: 'verdict', title: msg('verdict.title'), status, lines };
}

/**
 * The steps from inputs to verdict. Art. 16(4) TEU; Art. 238 TFEU.
 * @example explainSteps({ outcome, electorate, positions }).map((s) => s.id)
 *   // ['participation', 'members', 'population', 'blocking', 'verdict']
 */
export function explainSteps(input: ExplainInput): ExplainStep[] {
  const full = !input.electorate.voters.some((v) => input.positions[v.code] === 'absent');
  const e = keyEvaluation(input.outcome);
  const steps: ExplainStep[] = [participation(input)];
  e.conditions.forEach((_, i) => steps.push(conditionStep(input.outcome, i, full)));
  const blocking = blockingStep(input, full);
  if (blocking) steps.push(blocking);
  steps.push(verdictStep(input.outcome));
  return steps;
}
