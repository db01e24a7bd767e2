/**
 * Guided exercises built on the rule-derived teaching cases, checked by the engine: given an
 * exercise and the scenario on screen, solved or not, and a hint that points the way.
 */
import type { CodeKey, CountryCode } from '../rules/countries';
import type { DatasetId } from '../data/dataset';
import { electorateOf, findDataset } from '../data/datasets';
import { evaluate, type Electorate } from '../rules/evaluate';
import { marginsOf } from '../rules/margins';
import type { Outcome } from '../rules/outcome';
import { assertNever } from '../result';
import type { Scenario } from '../scenario/scenario';
import { msg, pl, type TeachText } from './teachText';
import type { Position, Positions } from '../rules/vote';

export const EXERCISE_IDS = ['fewest_blockers', 'three_large', 'smallest_change', 'abstain_or_out'] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export function isExerciseId(x: unknown): x is ExerciseId {
  return typeof x === 'string' && (EXERCISE_IDS as readonly string[]).includes(x);
}

/** The figures every exercise is set on, so its numbers and hints stay as written. */
export const EXERCISE_DATASET = 'council-2025' as DatasetId;

export interface Exercise {
  readonly id: ExerciseId;
  readonly title: TeachText;
  readonly task: TeachText;
}

type Start = Partial<Record<CodeKey, Position>> & { readonly rest: Position };

const STARTS: Readonly<Record<ExerciseId, Start>> = {
  fewest_blockers: { rest: 'yes' },
  three_large: { rest: 'undecided', DE: 'no', FR: 'no', IT: 'no' },
  smallest_change: {
    rest: 'yes',
    ES: 'no', PL: 'no', NL: 'no', CZ: 'no', PT: 'no', HU: 'no', AT: 'no', DK: 'no',
    RO: 'abstain', BE: 'abstain', SE: 'abstain', EL: 'abstain', BG: 'abstain', FI: 'abstain',
  },
  abstain_or_out: { rest: 'yes', ES: 'abstain', PL: 'no', RO: 'no', NL: 'no', BE: 'no', CZ: 'no', PT: 'no', SE: 'no', EL: 'no' },
};

export const EXERCISES: readonly Exercise[] = EXERCISE_IDS.map((id) => ({ id, title: msg(`exercise.${id}.title`), task: msg(`exercise.${id}.task`) }));

export interface ExerciseCheck {
  readonly solved: boolean;
  /** What to try next, or (when solved) why it works. */
  readonly hint: TeachText;
}

function electorate(): Electorate {
  const ds = findDataset(EXERCISE_DATASET);
  if (!ds.ok) throw new Error(`The exercise dataset ${EXERCISE_DATASET} is missing.`);
  return electorateOf(ds.value);
}

function outcome(el: Electorate, positions: Positions): Outcome {
  const o = evaluate(el, positions, { kind: 'qmv' });
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
}

/** The positions an exercise starts from, on the Council 2025 figures. */
export function exercisePositions(id: ExerciseId): Positions {
  const { rest, ...given } = STARTS[id];
  return Object.fromEntries(electorate().voters.map((v) => [v.code, (given as Positions)[v.code] ?? rest]));
}

/**
 * The scenario an exercise starts from: Council 2025 figures, qualified majority, under the
 * name given (the UI passes "Exercise: " and the title, in the reader's language).
 * @example exerciseStart('three_large', 'Exercise: Three large members against').positions.DE // 'no'
 */
export function exerciseStart(id: ExerciseId, name: string): Scenario {
  return { datasetId: EXERCISE_DATASET, rule: 'qmv', positions: exercisePositions(id), name };
}

const byPopulation = (el: Electorate, codes: readonly CountryCode[]) =>
  el.voters.filter((v) => codes.includes(v.code)).sort((a, b) => b.population - a.population).map((v) => v.code);

/**
 * The fewest members whose votes against block an act all others support (Art. 16(4) TEU).
 * Blocking is monotone and, for a given number of members, the largest block best, so the
 * first count at which the largest members block is the minimum.
 * @example fewestToBlock(eu27) // 4
 */
export function fewestToBlock(el: Electorate): number | null {
  const order = byPopulation(el, el.voters.map((v) => v.code));
  for (let s = 1; s <= order.length; s++) {
    const against = new Set(order.slice(0, s));
    const o = outcome(el, Object.fromEntries(el.voters.map((v) => [v.code, against.has(v.code) ? 'no' : 'yes'])));
    if (o.verdict === 'not_adopted') return s;
  }
  return null;
}

/**
 * The fewest members who must switch to yes for the act to pass. Adoption is monotone in the
 * members in favour, and for a given number the largest bring the most population.
 * @example fewestToPass(eu27, exercisePositions('smallest_change')) // 2
 */
export function fewestToPass(el: Electorate, positions: Positions): number | null {
  const candidates = byPopulation(el, el.voters.filter((v) => !['yes', 'absent'].includes(positions[v.code] ?? 'undecided')).map((v) => v.code));
  for (let s = 0; s <= candidates.length; s++) {
    const flipped = Object.fromEntries(candidates.slice(0, s).map((c) => [c, 'yes']));
    if (outcome(el, { ...positions, ...flipped }).verdict === 'adopted') return s;
  }
  return null;
}

const changedFrom = (start: Positions, now: Positions, el: Electorate) =>
  el.voters.filter((v) => (start[v.code] ?? 'undecided') !== (now[v.code] ?? 'undecided')).map((v) => v.code);

/**
 * Whether the scenario on screen solves the exercise, with a hint either way.
 * @example checkExercise('three_large', exerciseStart('three_large', 'Exercise')).solved // false
 */
export function checkExercise(id: ExerciseId, scenario: Scenario): ExerciseCheck {
  const no = (hint: TeachText): ExerciseCheck => ({ solved: false, hint });
  const yes = (hint: TeachText): ExerciseCheck => ({ solved: true, hint });
  if (scenario.datasetId !== EXERCISE_DATASET) return no(msg('hint.dataset'));
  if (scenario.rule !== 'qmv') return no(msg('hint.rule'));
  const el = electorate();
  const p = scenario.positions;
  const o = outcome(el, p);
  const e = o.verdict === 'not_adopted' ? o.best : o.worst;
  const share = (n: number) => ({ share: n, of: e.population.participating });
  const members = (n: number) => ({ members: n });
  switch (id) {
    case 'fewest_blockers': {
      if (el.voters.some((v) => p[v.code] === 'absent')) return no(msg('hint.keepTakingPart'));
      if (o.undecided.length > 0) return no(msg('hint.giveEveryPosition'));
      const b = e.blockingMinority;
      const min = fewestToBlock(el) ?? 0;
      if (o.verdict === 'adopted' && b.members === 0) return no(msg('hint.notBlockedAllYes'));
      if (o.verdict === 'adopted') return no(msg('hint.notBlocked', { members: members(b.members), share: share(b.population) }));
      if (b.members > min) return no(msg('hint.blockedFewer', { members: members(b.members) }));
      return yes(msg('hint.blockedSolved', { members: members(b.members), share: share(b.population) }));
    }
    case 'three_large': {
      const moved = (['DE', 'FR', 'IT'] as const).filter((c) => p[c] !== 'no');
      if (moved.length > 0) return no(msg('hint.keepVotingNo', { countries: { countries: moved.map((c) => c as CountryCode), join: 'comma' } }));
      if (o.verdict === 'adopted') return yes(msg('hint.threeSolved', { share: share(e.blockingMinority.population) }));
      if (o.undecided.length > 0) return no(msg('hint.decideUndecided'));
      return no(msg('hint.threeNotAdopted', { members: members(e.blockingMinority.members) }));
    }
    case 'smallest_change': {
      const start = exercisePositions(id);
      const changed = changedFrom(start, p, el).length;
      const min = fewestToPass(el, start) ?? 0;
      if (o.verdict !== 'adopted') {
        const m = marginsOf(e);
        const more = pl('n.moreMember', m.membersShort);
        const people = { people: m.populationShort ?? 0 };
        if (m.membersShort > 0 && m.populationShort) return no(msg('hint.needsBoth', { members: more, people }));
        if (m.membersShort > 0) return no(msg('hint.needsMembers', { members: more }));
        if (m.populationShort) return no(msg('hint.needsPeople', { people }));
        return no(msg('hint.needsOpen'));
      }
      if (changed > min) return no(pl('hint.adoptedTooMany', min, { changes: pl('n.change', changed) }));
      return yes(msg('hint.smallestSolved', { changes: pl('n.change', changed) }));
    }
    case 'abstain_or_out': {
      const start = exercisePositions(id);
      const others = changedFrom(start, p, el).filter((c) => c !== 'ES');
      if (others.length > 0) return no(msg('hint.otherChanged'));
      switch (p.ES) {
        case 'yes':
          return no(msg('hint.yesWouldPass'));
        case 'absent':
          if (o.verdict !== 'adopted') return no(msg('hint.outNotAdopted'));
          return yes(msg('hint.outSolved', { share: share(e.population.inFavour) }));
        default:
          return no(msg('hint.abstainCounts'));
      }
    }
    default:
      return assertNever(id);
  }
}
