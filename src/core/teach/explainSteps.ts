/**
 * "Explain this result": the verdict taken apart step by step with its own numbers —
 * participation, the member condition, the population condition, the blocking minority, and
 * what decided it. Pure: each line is a message key with its figures (src/core/teach/teachText.ts),
 * rendered in the reader's language by the UI.
 */
import { claimsOf, type BlockingClaim, type CaseClaims, type CaseName, type Claims, type ConditionClaim, STANDING_TONE } from '../rules/claims';
import type { Electorate } from '../rules/evaluate';
import { populationPercent } from '../rules/populationSplit';
import type { Condition, Evaluation, Outcome } from '../rules/outcome';
import { assertNever } from '../result';
import { capital, msg, pl, type TeachText } from './teachText';
import type { Positions, Voter } from '../rules/vote';

/**
 * A step's mark: met, not met, `open` (met only if the undecided vote yes; for the blocking
 * minority and the verdict: it depends on the undecided), `uncertain` (too close to call with
 * rounded figures), or `info` (no verdict of its own).
 */
export type StepStatus = 'met' | 'not_met' | 'open' | 'uncertain' | 'info';
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

function participation({ outcome, electorate, positions }: ExplainInput, claims: Claims): ExplainStep {
  const a = claims.actual;
  const absent = electorate.voters.filter((v) => positions[v.code] === 'absent');
  const n = electorate.voters.length;
  const people = { people: a.populationParticipating };
  const lines = [
    absent.length === 0
      ? msg('participation.all', { n, people })
      : pl('participation.some', absent.length, { taking: a.participating, all: n, names: codes(absent), people }),
  ];
  if (a.abstaining > 0) {
    lines.push(pl(outcome.rule.kind === 'unanimity' ? 'participation.abstainsUnanimity' : 'participation.abstains', a.abstaining));
  }
  if (claims.undecided > 0) lines.push(pl('participation.undecided', claims.undecided));
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

function short(c: Condition, k: CaseClaims): TeachText | { readonly members: number } {
  if (c.id === 'no_objection') return msg('short.against', { n: c.reached });
  if (c.id !== 'population') return amount(c, Math.abs(c.margin));
  return msg('short.population', { people: { people: Math.abs(c.margin) }, points: { points: k.margins.populationPoints ?? 0 } });
}

/** What a condition reached, without saying whether it is met: "2 members vote yes" (declared). */
function whatOf(c: Condition, n: number, mood: CaseName): TeachText {
  const actual = mood === 'actual';
  switch (c.id) {
    case 'no_objection':
      // Only the declared vote: a case's objections are stated by reachedLine, met or not.
      return pl('what.against', n);
    case 'population':
      return msg(actual ? 'what.population' : 'whatIf.population', { amount: amount(c, n) });
    case 'weights':
      return pl(actual ? 'what.weights' : 'whatIf.weights', n);
    case 'members':
      return pl(actual ? 'what.members' : 'whatIf.members', n);
    default:
      return assertNever(c.id);
  }
}

/** What a condition reached in one case, and whether that meets it (lower case: a clause). */
function reachedLine(c: ConditionClaim, k: CaseClaims): TeachText {
  const actual = k.name === 'actual';
  if (c.id === 'no_objection') {
    if (c.reached === 0) return msg(actual ? 'reached.noneAgainst' : 'reachedIf.noneAgainst');
    return pl(actual ? 'reached.against' : 'reachedIf.against', c.reached);
  }
  const what = whatOf(c, c.reached, k.name);
  // Too close to call with rounded percentages, and no matter: too few not in favour to block.
  if (c.status === 'uncertain') return msg(c.deemedMet ? 'reached.uncertainDeemed' : 'reached.uncertain', { what });
  if (c.margin === 0) return msg('reached.exact', { what });
  if (c.deemedMet) return msg('reached.deemed', { what, by: short(c, k) });
  return msg(c.margin > 0 ? 'reached.spare' : 'reached.short', { what, by: short(c, k) });
}

/** The vote as declared, before any case: "As declared: 2 members vote yes, and 20 members are undecided." */
function declaredLine(c: Condition, claims: Claims): TeachText {
  const a = claims.actual;
  const n = c.id === 'members' ? a.inFavour : c.id === 'population' ? a.populationInFavour : c.id === 'no_objection' ? a.against : c.reached;
  return msg('condition.declared', { what: whatOf(c, n, 'actual'), undecided: pl('n.undecided', claims.undecided) });
}

/** A clause in the case it describes: "even if all 20 undecided members voted yes, …". */
function inCase(k: CaseClaims, undecided: number, reached: TeachText): TeachText {
  if (k.name === 'actual') return capital(reached);
  return pl(k.name === 'best' ? 'case.evenIfYes' : 'case.evenIfNo', undecided, { reached });
}

const conditionTitle = (c: Condition): TeachText => msg(`condTitle.${c.id}`);


function conditionStep(claims: Claims, o: Outcome, i: number, full: boolean): ExplainStep {
  const k = claims.key;
  const c = k.conditions[i]!;
  const lines = [requirement(c, o, full)];
  // The step's mark from the claims' standing: the same as the verdict panel's bar (✓ ◐ ✕ ≈).
  const status: StepStatus = STANDING_TONE[claims.conditionCases[i]!.standing];
  if (claims.undecided > 0) lines.push(declaredLine(c, claims));
  if (claims.verdict === 'undetermined') {
    const w = claims.worst.conditions[i]!;
    const b = claims.best.conditions[i]!;
    lines.push(msg('condition.ifNo', { reached: reachedLine(w, claims.worst) }), msg('condition.ifYes', { reached: reachedLine(b, claims.best) }));
  } else {
    lines.push(inCase(k, claims.undecided, reachedLine(c, k)));
  }
  return { id: c.id, title: msg('condition.title', { i: i + 1, title: conditionTitle(c) }), status, lines };
}

/** Whether one case's not-in-favour members form the blocking minority, in the treaty's words. */
function blockingVerdict(b: BlockingClaim, formedKey: 'blocking.formed' | 'blocking.formedEvenIf', over: { percent: number }): TeachText {
  const required = b.requiredMembers ?? 0;
  if (b.tooClose) return msg('blocking.tooClose');
  if (b.deemed) return pl('blocking.deemed', b.members, { pct: over, required });
  if (b.formed) return msg(formedKey, { required, pct: over });
  return msg(b.members >= required ? 'blocking.noneEnough' : 'blocking.noneFew', { pct: over });
}

/** "Not adopted on the members condition: 14 in favour, 15 needed — 13 members not in favour are enough to stop it." */
const membersDefeat = (b: BlockingClaim): TeachText =>
  msg('blocking.membersRoute', { inFavour: b.inFavour, needed: b.membersRequired ?? 0, members: { members: b.members } });

const notInFavourLine = (k: CaseClaims): TeachText => {
  const b = k.blocking;
  const key = k.name === 'actual' ? 'blocking.notInFavour' : k.name === 'best' ? 'blocking.notInFavourUndecidedYes' : 'blocking.notInFavourUndecidedNo';
  return msg(key, { members: { members: b.members }, against: b.against, abstaining: b.abstaining, share: share(b.population, b.of) });
};

/**
 * The blocking minority of Art. 16(4) TEU (at least four members holding more than 35 %): its
 * status answers one question — is it formed in the case that settles the verdict? — so 'met'
 * means formed, 'not_met' none, 'uncertain' within the rounding of the figures, and 'open' when
 * the undecided decide it (then both cases are given). A defeat on the member condition is said
 * as such: it is not a blocking minority.
 */
function blockingStep({ outcome, electorate, positions }: ExplainInput, claims: Claims, full: boolean): ExplainStep | null {
  const k = claims.key;
  const b = k.blocking;
  const popPct = populationPercent(outcome.rule);
  if (b.kind !== 'population' || b.requiredMembers === null || popPct === null) return null;
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
        : pl('blocking.partial', largest.length, { names: codes(largest), share: share(largestPopulation, b.of), required }),
  ];
  if (claims.verdict === 'undetermined') {
    // Open: the undecided decide it, so both cases, as the condition steps give them.
    for (const [c, key] of [[claims.worst, 'blocking.caseNo'], [claims.best, 'blocking.caseYes']] as const) {
      lines.push(notInFavourLine(c), msg(key, { line: blockingVerdict(c.blocking, 'blocking.formed', over) }));
      if (c.blocking.stopsOnMembers) lines.push(membersDefeat(c.blocking));
    }
    return { id: 'blocking', title: msg('blocking.title'), status: 'open', lines };
  }
  lines.push(notInFavourLine(k));
  const hypothetical = k.name !== 'actual';
  lines.push(blockingVerdict(b, hypothetical && claims.verdict === 'not_adopted' ? 'blocking.formedEvenIf' : 'blocking.formed', over));
  if (b.stopsOnMembers) lines.push(membersDefeat(b));
  const status: StepStatus = b.tooClose ? 'uncertain' : b.formed ? 'met' : 'not_met';
  return { id: 'blocking', title: msg('blocking.title'), status, lines };
}

function verdictStep(claims: Claims): ExplainStep {
  const k = claims.key;
  const failed = k.conditions.map((c, i) => ({ c, i })).filter(({ c }) => c.margin < 0);
  const lines: TeachText[] = [];
  if (claims.call === 'too_close') {
    // Inside the rounding band nothing is called met or failed: the figures cannot tell.
  } else if (claims.verdict === 'undetermined') {
    lines.push(pl('verdict.open', claims.undecided));
  } else if (claims.verdict === 'adopted') {
    lines.push(msg(k.margins.populationDeemed ? 'verdict.deemed' : k.conditions.length > 1 ? 'verdict.allMet' : 'verdict.met'));
    if (claims.undecided > 0) lines.push(msg('verdict.staysAdopted'));
  } else {
    const which = failed.map(({ c, i }) => msg(c.id === 'no_objection' ? 'verdict.failsWith' : 'verdict.failsBy', { i: i + 1, title: conditionTitle(c), by: short(c, k) }));
    const failures = { failures: { all: which } };
    lines.push(claims.undecided > 0 ? pl('verdict.notAdoptedEvenIf', claims.undecided, failures) : msg('verdict.notAdopted', failures));
    if (k.conditions.length > 1 && failed.length < k.conditions.length) lines.push(msg('verdict.allTogether'));
  }
  if (claims.tooCloseToCall) lines.push(msg('verdict.tooClose'));
  const status: StepStatus = claims.call === 'too_close' ? 'uncertain' : claims.verdict === 'adopted' ? 'met' : claims.verdict === 'not_adopted' ? 'not_met' : 'open';
  return { id: 'verdict', title: msg('verdict.title'), status, lines };
}

/**
 * The steps from inputs to verdict, every figure taken from {@link claimsOf} and named with its
 * case: the declared vote first, then the best or worst case that settles the verdict.
 * Art. 16(4) TEU; Art. 238 TFEU.
 * @example explainSteps({ outcome, electorate, positions }).map((s) => s.id)
 *   // ['participation', 'members', 'population', 'blocking', 'verdict']
 */
export function explainSteps(input: ExplainInput): ExplainStep[] {
  const full = !input.electorate.voters.some((v) => input.positions[v.code] === 'absent');
  const claims = claimsOf(input.outcome);
  const steps: ExplainStep[] = [participation(input, claims)];
  claims.key.conditions.forEach((_, i) => steps.push(conditionStep(claims, input.outcome, i, full)));
  const blocking = blockingStep(input, claims, full);
  if (blocking) steps.push(blocking);
  steps.push(verdictStep(claims));
  return steps;
}
