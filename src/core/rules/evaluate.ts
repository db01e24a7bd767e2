/**
 * The verdict of a Council vote under each rule of the treaties.
 */
import { atLeastPercent, ceilDiv, sum } from '../arithmetic';
import { blockingMinimum } from './blockingMinimum';
import type { CountryCode } from './countries';
import { countryName } from './countries';
import { customBlockingMembers, customPopulationPct, customRequiredMembers } from './customRule';
import type { BlockingMinority, BlockingRoute, Condition, Evaluation, Outcome, Pivot, Verdict } from './outcome';
import { populationStatus, type ConditionStatus } from './populationBounds';
import { err, ok, assertNever, type Result } from '../result';
import type { CustomRule, DecidedPosition, Position, Positions, Rule, Voter } from './vote';

/** The members who may vote and the Union total their populations add up to. */
export interface Electorate {
  readonly voters: readonly Voter[];
  readonly total: number;
}

export { blockingMinimum } from './blockingMinimum';

type Decided = ReadonlyMap<CountryCode, DecidedPosition>;

interface Tally {
  readonly participating: readonly Voter[];
  readonly yes: readonly Voter[];
  readonly against: number;
  readonly abstaining: number;
  readonly full: boolean;
  readonly pop: { readonly yes: number; readonly all: number };
  readonly status: (pct: number) => ConditionStatus;
}

function tally(electorate: Electorate, decided: Decided): Tally {
  const participating = electorate.voters.filter((v) => decided.get(v.code) !== 'absent');
  const yes = participating.filter((v) => decided.get(v.code) === 'yes');
  const notYes = participating.filter((v) => decided.get(v.code) !== 'yes');
  const absent = electorate.voters.filter((v) => decided.get(v.code) === 'absent');
  const range = (vs: readonly Voter[]) => [sum(vs.map((v) => v.low)), sum(vs.map((v) => v.high))] as const;
  const bounds = { yes: range(yes), notYes: range(notYes), absent: range(absent), total: electorate.total };
  return {
    participating,
    yes,
    against: participating.filter((v) => decided.get(v.code) === 'no').length,
    abstaining: participating.filter((v) => decided.get(v.code) === 'abstain').length,
    full: absent.length === 0,
    pop: { yes: sum(yes.map((v) => v.population)), all: sum(participating.map((v) => v.population)) },
    status: (pct) => populationStatus(bounds, pct),
  };
}

function condition(
  id: Condition['id'],
  label: string,
  reached: number,
  required: number,
  of: number,
  status?: ConditionStatus,
): Condition {
  const margin = id === 'no_objection' ? required - reached : reached - required;
  return { id, label, reached, required, of, margin, status: status ?? (margin >= 0 ? 'met' : 'not_met') };
}

/** Adopted with the population condition(s) taken as given; lets rounding be tested both ways. */
type Decide = (popMet: boolean) => boolean;

interface RuleResult {
  readonly conditions: readonly Condition[];
  readonly decide: Decide;
  readonly requiredMembers: number | null;
  readonly blockingMembers: number | null;
  readonly routes: (popMet: boolean) => BlockingRoute[];
}

/** A double majority in general: members, optionally population, optionally a blocking clause. */
interface DoubleSpec {
  readonly requiredMembers: number;
  readonly memberLabel: string;
  readonly popPct: number | null;
  readonly blockingMembers: number | null;
}

function doubleMajority(t: Tally, spec: DoubleSpec): RuleResult {
  const { requiredMembers, popPct, blockingMembers } = spec;
  const members = condition('members', spec.memberLabel, t.yes.length, requiredMembers, t.participating.length);
  const pop =
    popPct === null
      ? []
      : [condition('population', `at least ${popPct} % of the population`, t.pop.yes, atLeastPercent(popPct, t.pop.all), t.pop.all, t.status(popPct))];
  const tooFewToBlock = blockingMembers !== null && t.participating.length - t.yes.length < blockingMembers;
  const membersMet = members.margin >= 0;
  const popRescued = (popMet: boolean) => popMet || popPct === null || tooFewToBlock;
  return {
    conditions: [members, ...pop],
    requiredMembers,
    blockingMembers,
    decide: (popMet) => membersMet && popRescued(popMet),
    routes: (popMet) => [...(membersMet ? [] : (['members'] as const)), ...(popRescued(popMet) ? [] : (['population'] as const))],
  };
}

/** Art. 16(4) TEU and Art. 238(2)-(3) TFEU: 55 % (72 %) of members and 65 % of the population. */
function treatyMajority(t: Tally, memberPct: 55 | 72, blockingClause: boolean): RuleResult {
  const floor = memberPct === 55 && t.full ? 15 : 0;
  // Art. 16(4) TEU / Art. 238(2)-(3) TFEU count members *in favour*: 55 % (72 %) of no participant
  // would be zero, which would adopt an act nobody voted for. At least one must be (derived).
  return doubleMajority(t, {
    requiredMembers: Math.max(floor, 1, atLeastPercent(memberPct, t.participating.length)),
    memberLabel: `at least ${memberPct} % of ${t.full ? 'members' : 'participating members'}${floor ? ', at least 15' : ''}`,
    popPct: 65,
    blockingMembers: blockingClause ? (t.full ? 4 : blockingMinimum(t.participating)) : null,
  });
}

function custom(t: Tally, rule: CustomRule): RuleResult {
  return doubleMajority(t, {
    requiredMembers: customRequiredMembers(rule, t.participating.length),
    memberLabel: `at least ${rule.memberPct} % of ${t.full ? 'members' : 'participating members'}${rule.minMembers > 0 ? `, at least ${rule.minMembers}` : ''}`,
    popPct: customPopulationPct(rule),
    blockingMembers: customBlockingMembers(rule),
  });
}

function simpleMajority(t: Tally): RuleResult {
  const n = t.participating.length;
  const required = Math.floor(n / 2) + 1;
  const members = condition('members', 'a majority of the component members', t.yes.length, required, n);
  const met = members.margin >= 0;
  return { conditions: [members], requiredMembers: required, blockingMembers: null, decide: () => met, routes: () => (met ? [] : ['members']) };
}

function unanimity(t: Tally): RuleResult {
  const n = t.participating.length;
  const noObjection = condition('no_objection', 'no participating member against (abstentions do not block)', t.against, 0, n);
  const met = noObjection.margin >= 0 && n > 0;
  return { conditions: [noObjection], requiredMembers: null, blockingMembers: null, decide: () => met, routes: () => (met ? [] : ['veto']) };
}

function nice(t: Tally, rule: Extract<Rule, { kind: 'nice' }>): Result<RuleResult> {
  const missing = t.participating.filter((v) => v.weight === undefined);
  if (missing.length > 0) {
    const names = missing.map((v) => countryName(v.code)).join(', ');
    return err({ code: 'rule.unavailable', message: `The Nice rule has no weighted votes for ${names}.` });
  }
  const n = t.participating.length;
  const weightOf = (vs: readonly Voter[]) => sum(vs.map((v) => v.weight ?? 0));
  const allWeight = weightOf(t.participating);
  // 260 of 352; with fewer participants, the same proportion (Art. 205(3) TEC as amended at Nice).
  const requiredWeight = ceilDiv(260 * allWeight, 352);
  const weights = condition('weights', `at least 260 of 352 weighted votes (here ${requiredWeight} of ${allWeight})`, weightOf(t.yes), requiredWeight, allWeight);
  // At least one member in favour, as for the double majority: two thirds of nobody is no one.
  const requiredMembers = rule.commissionProposal ? Math.floor(n / 2) + 1 : Math.max(1, ceilDiv(2 * n, 3));
  const membersLabel = rule.commissionProposal ? 'a majority of members' : 'two thirds of members';
  const members = condition('members', membersLabel, t.yes.length, requiredMembers, n);
  const pop = rule.populationCheck
    ? [condition('population', 'at least 62 % of the population (on request)', t.pop.yes, atLeastPercent(62, t.pop.all), t.pop.all, t.status(62))]
    : [];
  const votesMet = weights.margin >= 0;
  const membersMet = members.margin >= 0;
  return ok({
    conditions: [weights, members, ...pop],
    requiredMembers,
    blockingMembers: null,
    decide: (popMet) => votesMet && membersMet && (popMet || !rule.populationCheck),
    routes: (popMet) => [
      ...(votesMet ? [] : (['weights'] as const)),
      ...(membersMet ? [] : (['members'] as const)),
      ...(popMet || !rule.populationCheck ? [] : (['population'] as const)),
    ],
  });
}

function applyRule(t: Tally, rule: Rule): Result<RuleResult> {
  switch (rule.kind) {
    case 'qmv':
      return ok(treatyMajority(t, 55, true));
    case 'reinforced':
      return ok(treatyMajority(t, 72, false));
    case 'custom':
      return ok(custom(t, rule));
    case 'simple':
      return ok(simpleMajority(t));
    case 'unanimity':
      return ok(unanimity(t));
    case 'nice':
      return nice(t, rule);
    default:
      return assertNever(rule);
  }
}

/**
 * Evaluates one complete set of positions (no member undecided; a member missing from the map
 * counts as voting no). Implements Art. 16(4) TEU and Art. 238 TFEU.
 * @example evaluateDecided(eu27, new Map([['DE', 'no'], ...]), { kind: 'qmv' }).value.adopted
 */
export function evaluateDecided(electorate: Electorate, decided: Decided, rule: Rule): Result<Evaluation> {
  const t = tally(electorate, decided);
  const applied = applyRule(t, rule);
  if (!applied.ok) return applied;
  const r = applied.value;
  const popConditions = r.conditions.filter((c) => c.id === 'population');
  const popPoint = popConditions.every((c) => c.margin >= 0);
  const adopted = r.decide(popPoint);
  const uncertain = popConditions.some((c) => c.status === 'uncertain');
  const tooCloseToCall = uncertain && r.decide(true) !== r.decide(false);
  const routes = adopted ? [] : r.routes(popPoint);
  const blockingMinority: BlockingMinority = {
    exists: !adopted,
    routes,
    members: t.participating.length - t.yes.length,
    population: t.pop.all - t.pop.yes,
    requiredMembers: r.blockingMembers,
  };
  const popCondition = popConditions[0];
  return ok({
    adopted,
    conditions: r.conditions,
    members: {
      inFavour: t.yes.length,
      against: t.against,
      abstaining: t.abstaining,
      participating: t.participating.length,
      required: r.requiredMembers,
    },
    population: { inFavour: t.pop.yes, participating: t.pop.all, required: popCondition?.required ?? null },
    blockingMinority,
    deemedAdopted: adopted && popCondition !== undefined && popCondition.margin < 0,
    tooCloseToCall,
  });
}

function resolve(electorate: Electorate, positions: Positions, undecidedAs: 'yes' | 'no'): Decided {
  return new Map(
    electorate.voters.map((v) => {
      const p = positions[v.code] ?? 'undecided';
      return [v.code, p === 'undecided' ? undecidedAs : p] as const;
    }),
  );
}

function verdictOf(best: Evaluation, worst: Evaluation): Verdict {
  if (worst.adopted) return 'adopted';
  if (!best.adopted) return 'not_adopted';
  return 'undetermined';
}

function bounds(electorate: Electorate, positions: Positions, rule: Rule): Result<{ best: Evaluation; worst: Evaluation }> {
  const worst = evaluateDecided(electorate, resolve(electorate, positions, 'no'), rule);
  if (!worst.ok) return worst;
  // Nobody undecided: the best case is the worst case (half the work of every pivot test).
  if (!electorate.voters.some((v) => (positions[v.code] ?? 'undecided') === 'undecided')) return ok({ best: worst.value, worst: worst.value });
  const best = evaluateDecided(electorate, resolve(electorate, positions, 'yes'), rule);
  if (!best.ok) return best;
  return ok({ best: best.value, worst: worst.value });
}

/** The verdict alone, for the pivot search. */
function verdictFor(electorate: Electorate, positions: Positions, rule: Rule): Verdict {
  const b = bounds(electorate, positions, rule);
  return b.ok ? verdictOf(b.value.best, b.value.worst) : 'not_adopted';
}

function pivotsOf(electorate: Electorate, positions: Positions, rule: Rule, verdict: Verdict): Pivot[] {
  const pivots: Pivot[] = [];
  for (const v of electorate.voters) {
    const from: Position = positions[v.code] ?? 'undecided';
    if (from === 'absent') continue;
    // A decided member switches sides; an undecided one makes up its mind (no first, then yes).
    const targets: Position[] = from === 'undecided' ? ['no', 'yes'] : [from === 'yes' ? 'no' : 'yes'];
    for (const to of targets) {
      const after = verdictFor(electorate, { ...positions, [v.code]: to }, rule);
      if (after !== verdict) {
        pivots.push({ code: v.code, from, to, verdict: after });
        break;
      }
    }
  }
  return pivots;
}

/**
 * Evaluates a vote in which some members may be undecided: adopted whatever they do,
 * not adopted whatever they do, or undetermined, with the best and the worst case and the
 * members whose switch alone would change the verdict.
 * Art. 16(4) TEU; Art. 238(1)-(4) TFEU; Nice weights per Act of Accession of Croatia Art. 20;
 * custom thresholds read as Art. 16(4) TEU with other numbers.
 * @example evaluate(eu27, { DE: 'no', FR: 'no', IT: 'no' }, { kind: 'qmv' }) // others undecided
 */
export function evaluate(electorate: Electorate, positions: Positions, rule: Rule): Result<Outcome> {
  const b = bounds(electorate, positions, rule);
  if (!b.ok) return b;
  const { best, worst } = b.value;
  const verdict = verdictOf(best, worst);
  const undecided = electorate.voters.filter((v) => (positions[v.code] ?? 'undecided') === 'undecided').map((v) => v.code);
  return ok({
    verdict,
    rule,
    best,
    worst,
    undecided,
    pivots: pivotsOf(electorate, positions, rule, verdict),
    tooCloseToCall: worst.tooCloseToCall || best.tooCloseToCall,
  });
}
