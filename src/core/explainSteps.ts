/**
 * "Explain this result": the verdict taken apart step by step with its own numbers —
 * participation, the member condition, the population condition, the blocking minority, and
 * what decided it. Pure: the UI renders the steps as they come.
 */
import { sum } from './arithmetic';
import { countryName } from './countries';
import type { Electorate } from './evaluate';
import { people, percentOf, plural, points } from './format';
import { marginsOf } from './margins';
import { populationPercent } from './populationSplit';
import type { Condition, Evaluation, Outcome } from './outcome';
import { assertNever } from './result';
import type { Positions, Voter } from './vote';

export type StepStatus = 'met' | 'not_met' | 'uncertain' | 'info';
export type StepId = 'participation' | Condition['id'] | 'blocking' | 'verdict';

export interface ExplainStep {
  readonly id: StepId;
  readonly title: string;
  readonly status: StepStatus;
  readonly lines: readonly string[];
}

export interface ExplainInput {
  readonly outcome: Outcome;
  readonly electorate: Electorate;
  readonly positions: Positions;
}

/** "293.2 million" without "people", for "293.2 million of 451.0 million people". */
const persons = (n: number) => people(n).replace(/ (people|person)$/, '');
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const names = (vs: readonly Voter[]) => {
  const n = vs.map((v) => countryName(v.code));
  return n.length < 2 ? n.join('') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
};

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
  const lines = [
    absent.length === 0
      ? `All ${n} members take part: every threshold is counted on all ${n} members and their ${people(e.population.participating)}.`
      : `${e.members.participating} of ${n} members take part; ${names(absent)} ${absent.length === 1 ? 'does' : 'do'} not. Art. 238(3) TFEU counts only the participating members and their population (${people(e.population.participating)}).`,
  ];
  if (e.members.abstaining > 0) {
    const counts = outcome.rule.kind === 'unanimity' ? 'they take part, and under unanimity an abstention does not block' : 'they take part and count as not in favour, like a vote against';
    lines.push(`${plural(e.members.abstaining, 'member')} ${e.members.abstaining === 1 ? 'abstains' : 'abstain'}: ${counts}.`);
  }
  if (outcome.undecided.length > 0) {
    lines.push(`${plural(outcome.undecided.length, 'member is', 'members are')} undecided: the worst case counts them as voting no, the best case as voting yes.`);
  }
  return { id: 'participation', title: 'Who takes part', status: 'info', lines };
}

function requirement(c: Condition, o: Outcome, full: boolean): string {
  switch (c.id) {
    case 'members': {
      switch (o.rule.kind) {
        case 'qmv':
        case 'reinforced': {
          const pct = o.rule.kind === 'qmv' ? 55 : 72;
          const floor = pct === 55 && full ? ', and at least 15' : '';
          const note = pct === 55 && !full ? ' (the floor of fifteen applies to the full Council only)' : '';
          return `At least ${pct} % of the ${plural(c.of, full ? 'member' : 'participating member')} must vote yes${floor}: ${pct} % of ${c.of} is ${decimal.format((pct * c.of) / 100)}, so ${c.required} are needed${note}.`;
        }
        case 'simple':
          return `A majority of the ${c.of} component members must vote yes: ${c.required}. It counts all members, not only those who vote (Art. 238(1) TFEU).`;
        case 'nice':
        case 'custom':
          return `${c.label[0]!.toUpperCase()}${c.label.slice(1)} must vote yes: ${c.required} of ${c.of}.`;
        case 'unanimity':
          return '';
        default:
          return assertNever(o.rule);
      }
    }
    case 'population':
      return `The members voting yes must represent ${c.label.replace(/ \(on request\)$/, '')}${full ? '' : ' of the participating members'}: ${persons(c.required)} of ${people(c.of)}.`;
    case 'weights':
      return `The members voting yes must hold ${c.label}.`;
    case 'no_objection':
      return `No participating member may vote against; abstentions do not block (Art. 238(4) TFEU).`;
    default:
      return assertNever(c.id);
  }
}

function amount(c: Condition, n: number): string {
  return c.id === 'population' ? `${people(n)} (${percentOf(n, c.of)})` : c.id === 'weights' ? plural(n, 'vote') : plural(n, 'member');
}

function short(c: Condition, e: Evaluation): string {
  if (c.id === 'no_objection') return `${c.reached} against`;
  if (c.id !== 'population') return amount(c, Math.abs(c.margin));
  const m = marginsOf(e);
  return `${people(Math.abs(c.margin))} (${points(m.populationPoints ?? 0)})`;
}

function reachedLine(c: Condition, e: Evaluation): string {
  if (c.id === 'no_objection') return c.reached === 0 ? 'nobody votes against: met.' : `${plural(c.reached, 'member votes', 'members vote')} against: not met.`;
  const what =
    c.id === 'population'
      ? `the members in favour represent ${amount(c, c.reached)}`
      : c.id === 'weights'
        ? `${plural(c.reached, 'weighted vote')} in favour`
        : `${plural(c.reached, 'member votes', 'members vote')} yes`;
  if (c.status === 'uncertain') return `${what}: too close to call, because the dataset gives only rounded percentages.`;
  if (c.margin === 0) return `${what}: met exactly, nothing to spare.`;
  return c.margin > 0 ? `${what}: met, ${short(c, e)} to spare.` : `${what}: not met, ${short(c, e)} short.`;
}

const sentence = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

const CONDITION_TITLES: Readonly<Record<Condition['id'], string>> = {
  members: 'members in favour',
  population: 'population in favour',
  weights: 'weighted votes in favour',
  no_objection: 'nobody against',
};

function conditionStep(o: Outcome, i: number, full: boolean): ExplainStep {
  const e = keyEvaluation(o);
  const c = e.conditions[i]!;
  const lines = [requirement(c, o, full)];
  let status: StepStatus = c.status;
  if (o.verdict === 'undetermined') {
    const w = o.worst.conditions[i]!;
    const b = o.best.conditions[i]!;
    lines.push(`If the undecided vote no: ${reachedLine(w, o.worst)}`, `If they vote yes: ${reachedLine(b, o.best)}`);
    status = w.status === b.status ? w.status : 'uncertain';
  } else {
    lines.push(sentence(reachedLine(c, e)));
  }
  return { id: c.id, title: `Condition ${i + 1}: ${CONDITION_TITLES[c.id]}`, status, lines };
}

function blockingStep({ outcome, electorate, positions }: ExplainInput, full: boolean): ExplainStep | null {
  const e = keyEvaluation(outcome);
  const b = e.blockingMinority;
  const popPct = populationPercent(outcome.rule);
  if (b.requiredMembers === null || popPct === null) return null;
  const over = `more than ${100 - popPct} %`;
  const participating = electorate.voters.filter((v) => positions[v.code] !== 'absent').sort((x, y) => y.population - x.population);
  const k = b.requiredMembers - 1;
  const largest = participating.slice(0, k);
  const lines = [
    outcome.rule.kind === 'custom'
      ? `Custom thresholds: a blocking minority must include at least ${b.requiredMembers} members and hold ${over} of the population.`
      : full
      ? 'A blocking minority must include at least four members (Art. 16(4) TEU) and hold more than 35 % of the population.'
      : `With members not participating, a blocking minority needs the fewest members holding more than 35 % of the participating population, plus one (Art. 238(3)(a) TFEU): ${names(largest)} hold ${percentOf(sum(largest.map((v) => v.population)), e.population.participating)}, so at least ${b.requiredMembers} members.`,
  ];
  const declared = outcome.undecided.length === 0 ? '' : ` (counting the undecided as voting ${outcome.verdict === 'not_adopted' ? 'yes' : 'no'})`;
  const against = e.members.against;
  lines.push(
    `Not in favour${declared}: ${plural(b.members, 'member')} (${against} against, ${e.members.abstaining} abstaining) holding ${percentOf(b.population, e.population.participating)} of the population.`,
  );
  let status: StepStatus = b.exists ? 'not_met' : 'met';
  if (b.routes.includes('members')) lines.push('Enough members are not in favour to deny the member condition on their own.');
  if (e.deemedAdopted) {
    lines.push(`They hold ${over}, but ${b.members === 1 ? 'one member is' : `${b.members} members are`} fewer than ${b.requiredMembers}: there is no blocking minority, and the act is deemed adopted.`);
  } else if (b.routes.includes('population')) {
    lines.push(`That is a blocking minority: at least ${b.requiredMembers} members and ${over}.`);
  } else if (!b.exists) {
    lines.push(`No blocking minority: ${b.members >= b.requiredMembers ? 'enough members, but' : 'too few members, and'} not ${over} of the population.`);
  }
  if (outcome.verdict === 'undetermined') status = 'uncertain';
  return { id: 'blocking', title: 'The blocking minority', status, lines };
}

function verdictStep(o: Outcome): ExplainStep {
  const e = keyEvaluation(o);
  const failed = e.conditions.map((c, i) => ({ c, i })).filter(({ c }) => c.margin < 0);
  const lines: string[] = [];
  if (o.verdict === 'undetermined') {
    const who = o.undecided.length === 1 ? 'the undecided member votes' : `the ${o.undecided.length} undecided members vote`;
    lines.push(`Open: adopted if ${who} yes, not adopted if ${o.undecided.length === 1 ? 'it votes' : 'they vote'} no.`);
  } else if (o.verdict === 'adopted') {
    lines.push(e.deemedAdopted ? 'Adopted: the population condition is not met, but the members not in favour are too few to form a blocking minority.' : e.conditions.length > 1 ? 'Adopted: every condition is met at once.' : 'Adopted: the condition is met.');
    if (o.undecided.length > 0) lines.push('It stays adopted even if every undecided member votes no.');
  } else {
    const which = failed.map(({ c, i }) => `condition ${i + 1} (${CONDITION_TITLES[c.id]}) fails ${c.id === 'no_objection' ? 'with' : 'by'} ${short(c, e)}`);
    lines.push(`Not adopted: ${which.join(', and ')}.`);
    if (e.conditions.length > 1 && failed.length < e.conditions.length) lines.push('Meeting the other condition is not enough: all conditions must hold together.');
    if (o.undecided.length > 0) lines.push('It stays not adopted even if every undecided member votes yes.');
  }
  if (o.tooCloseToCall) lines.push('Too close to call with rounded percentages: the true figures could tip it either way.');
  const status: StepStatus = o.verdict === 'adopted' ? 'met' : o.verdict === 'not_adopted' ? 'not_met' : 'uncertain';
  return { id: 'verdict', title: 'The result', status, lines };
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
