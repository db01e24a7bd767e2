/**
 * Guided exercises built on the rule-derived teaching cases, checked by the engine: given an
 * exercise and the scenario on screen, solved or not, and a hint that points the way.
 */
import type { CodeKey, CountryCode } from './countries';
import { countryName } from './countries';
import type { DatasetId } from './dataset';
import { electorateOf, findDataset } from './datasets';
import { evaluate, type Electorate } from './evaluate';
import { people, percentOf, plural } from './format';
import { marginsOf } from './margins';
import type { Outcome } from './outcome';
import { assertNever } from './result';
import type { Scenario } from './scenario';
import type { Position, Positions } from './vote';

export const EXERCISE_IDS = ['fewest_blockers', 'three_large', 'smallest_change', 'abstain_or_out'] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export function isExerciseId(x: unknown): x is ExerciseId {
  return typeof x === 'string' && (EXERCISE_IDS as readonly string[]).includes(x);
}

/** The figures every exercise is set on, so its numbers and hints stay as written. */
export const EXERCISE_DATASET = 'council-2025' as DatasetId;

export interface Exercise {
  readonly id: ExerciseId;
  readonly title: string;
  readonly task: string;
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

export const EXERCISES: readonly Exercise[] = [
  { id: 'fewest_blockers', title: 'The smallest blocking minority', task: 'Every member votes yes. Block the act with as few members as possible.' },
  { id: 'three_large', title: 'Three large members against', task: 'Germany, France and Italy vote no. Get the act adopted without changing their votes.' },
  { id: 'smallest_change', title: 'The smallest change that passes', task: 'This text fails. Change as few members’ positions as possible so that it is adopted.' },
  {
    id: 'abstain_or_out',
    title: 'Abstaining or staying out',
    task: 'Spain abstains and the text fails. Change only Spain’s position — not to Yes — so that it is adopted. (Imagine the act falls under an opt-out Spain may use.)',
  },
];

export interface ExerciseCheck {
  readonly solved: boolean;
  readonly hint: string;
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

/** The scenario an exercise starts from: Council 2025 figures, qualified majority. */
export function exerciseStart(id: ExerciseId): Scenario {
  const { rest, ...given } = STARTS[id];
  const el = electorate();
  const positions = Object.fromEntries(el.voters.map((v) => [v.code, (given as Positions)[v.code] ?? rest]));
  const title = EXERCISES.find((e) => e.id === id)?.title ?? id;
  return { datasetId: EXERCISE_DATASET, rule: 'qmv', positions, name: `Exercise: ${title}` };
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
 * @example fewestToPass(eu27, exerciseStart('smallest_change').positions) // 2
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
 * @example checkExercise('three_large', exerciseStart('three_large')).solved // false
 */
export function checkExercise(id: ExerciseId, scenario: Scenario): ExerciseCheck {
  if (scenario.datasetId !== EXERCISE_DATASET) return { solved: false, hint: 'This exercise uses the Council 2025 figures: choose them again, or start again.' };
  if (scenario.rule !== 'qmv') return { solved: false, hint: 'This exercise is about the qualified majority: choose that rule again.' };
  const el = electorate();
  const p = scenario.positions;
  const o = outcome(el, p);
  const e = o.verdict === 'not_adopted' ? o.best : o.worst;
  const share = (n: number) => percentOf(n, e.population.participating);
  switch (id) {
    case 'fewest_blockers': {
      if (el.voters.some((v) => p[v.code] === 'absent')) return { solved: false, hint: 'Keep every member taking part: block with votes against or abstentions.' };
      if (o.undecided.length > 0) return { solved: false, hint: 'Give every member a position: with undecided members the result stays open.' };
      const b = e.blockingMinority;
      const min = fewestToBlock(el) ?? 0;
      if (o.verdict === 'adopted' && b.members === 0) return { solved: false, hint: 'Not blocked yet: every member is in favour. Set some members to No.' };
      if (o.verdict === 'adopted') {
        return { solved: false, hint: `Not blocked yet: ${plural(b.members, 'member')} not in favour hold ${share(b.population)}. A blocking minority needs at least 4 members and more than 35 % of the population.` };
      }
      if (b.members > min) return { solved: false, hint: `Blocked, with ${plural(b.members, 'member')} not in favour. It can be done with fewer: which members hold the most people?` };
      return { solved: true, hint: `Solved: ${plural(b.members, 'member')} holding ${share(b.population)} block it. Three cannot, however large: a blocking minority needs at least four members.` };
    }
    case 'three_large': {
      const moved = (['DE', 'FR', 'IT'] as const).filter((c) => p[c] !== 'no');
      if (moved.length > 0) return { solved: false, hint: `Keep ${moved.map((c) => countryName(c as CountryCode)).join(', ')} voting no.` };
      if (o.verdict === 'adopted') {
        return { solved: true, hint: `Solved: adopted although the three hold ${share(e.blockingMinority.population)}. With only three members not in favour there is no blocking minority: the act is deemed adopted.` };
      }
      if (o.undecided.length > 0) return { solved: false, hint: 'Decide the undecided members: the result is open while they are.' };
      return { solved: false, hint: `Not adopted: ${plural(e.blockingMinority.members, 'member')} are not in favour. How many members must a blocking minority have?` };
    }
    case 'smallest_change': {
      const start = exerciseStart(id).positions;
      const changed = changedFrom(start, p, el).length;
      const min = fewestToPass(el, start) ?? 0;
      if (o.verdict !== 'adopted') {
        const m = marginsOf(e);
        const needs = [m.membersShort > 0 ? plural(m.membersShort, 'more member') : '', m.populationShort ? `${people(m.populationShort)} more` : ''].filter(Boolean);
        const what = needs.length ? `it needs ${needs.join(' and ')} in favour` : 'the undecided leave it open';
        return { solved: false, hint: `Not adopted yet: ${what}. Both conditions must hold together.` };
      }
      if (changed > min) return { solved: false, hint: `Adopted, with ${plural(changed, 'change')}. ${plural(min, 'change')} ${min === 1 ? 'is' : 'are'} enough: which members bring both numbers and people?` };
      return { solved: true, hint: `Solved: adopted with ${plural(changed, 'change')}, the fewest possible. The member condition and the population condition must both be met.` };
    }
    case 'abstain_or_out': {
      const start = exerciseStart(id).positions;
      const others = changedFrom(start, p, el).filter((c) => c !== 'ES');
      if (others.length > 0) return { solved: false, hint: 'Change only Spain: start again to put the others back.' };
      switch (p.ES) {
        case 'yes':
          return { solved: false, hint: 'A yes would pass it, but the task is to find another way.' };
        case 'absent':
          if (o.verdict !== 'adopted') return { solved: false, hint: 'Not adopted: check the other members are as they started.' };
          return { solved: true, hint: `Solved: not participating takes Spain out of both denominators, so the members in favour now hold ${share(e.population.inFavour)} of the participating population. An abstention counts like a no; not taking part does not count at all.` };
        default:
          return { solved: false, hint: 'As long as Spain takes part, its abstention counts like a vote against. What else can a member do?' };
      }
    }
    default:
      return assertNever(id);
  }
}
