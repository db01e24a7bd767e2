import { electorateOf, findDataset } from '../../../src/core/data/datasets';
import { checkExercise, EXERCISE_IDS, exerciseStart as startOf, fewestToBlock, fewestToPass, type ExerciseId } from '../../../src/core/teach/exercises';
import { niceComparison } from '../../../src/core/teach/niceComparison';
import type { Scenario } from '../../../src/core/scenario/scenario';
import type { Position } from '../../../src/core/rules/vote';
import type { TeachText } from '../../../src/core/teach/teachText';
import { teachText } from '../../../src/i18n/teach';
import { translator } from '../../../src/i18n/translator';

const ds = findDataset('council-2025');
if (!ds.ok) throw new Error('dataset');
const eu = electorateOf(ds.value);
const say = (t: TeachText) => teachText(t, translator('en'));
/** The engine's check in English; a solved check reads "Solved: …" (the card shows "Solved." before the hint). */
const check = (id: ExerciseId, s: Scenario) => {
  const c = checkExercise(id, s);
  return { solved: c.solved, hint: `${c.solved ? 'Solved: ' : ''}${say(c.hint)}` };
};
const exerciseStart = (id: ExerciseId) => startOf(id, `Exercise ${id}`);
const withPositions = (s: Scenario, changes: Record<string, Position>): Scenario => ({ ...s, positions: { ...s.positions, ...changes } });

describe('exercises, checked by the engine', () => {
  it('no exercise is solved at its start', () => {
    for (const id of EXERCISE_IDS) expect(check(id, exerciseStart(id)).solved).toBe(false);
  });

  it('the smallest blocking minority is four members: the three largest and any fourth', () => {
    expect(fewestToBlock(eu)).toBe(4);
    const start = exerciseStart('fewest_blockers');
    const three = withPositions(start, { DE: 'no', FR: 'no', IT: 'no' });
    expect(check('fewest_blockers', three)).toEqual({
      solved: false,
      hint: 'Not blocked yet: 3 members not in favour hold 46.9 %. A blocking minority needs at least 4 members and more than 35 % of the population.',
    });
    expect(check('fewest_blockers', withPositions(three, { MT: 'abstain' }))).toEqual({
      solved: true,
      hint: 'Solved: 4 members holding 47.0 % block it. Three cannot, however large: a blocking minority needs at least four members.',
    });
    const thirteen = withPositions(start, Object.fromEntries(['MT', 'LU', 'CY', 'EE', 'LV', 'SI', 'LT', 'HR', 'IE', 'SK', 'FI', 'DK', 'BG'].map((c) => [c, 'no'])));
    expect(check('fewest_blockers', thirteen).hint).toBe('Blocked, with 13 members not in favour. It can be done with fewer: which members hold the most people?');
    expect(check('fewest_blockers', withPositions(three, { MT: 'absent' })).hint).toMatch(/^Keep every member taking part/);
  });

  it('three large members against: solved once the others carry it', () => {
    const start = exerciseStart('three_large');
    const allOthersYes = Object.fromEntries(eu.voters.filter((v) => !['DE', 'FR', 'IT'].includes(v.code)).map((v) => [v.code, 'yes' as const]));
    expect(check('three_large', withPositions(start, allOthersYes))).toEqual({
      solved: true,
      hint: 'Solved: adopted although the three hold 46.9 %. With only three members not in favour there is no blocking minority: the act is deemed adopted.',
    });
    expect(check('three_large', withPositions(start, { ...allOthersYes, FR: 'yes' })).hint).toBe('Keep France voting no.');
  });

  it('the smallest change that passes: two members, and they must be large enough', () => {
    const start = exerciseStart('smallest_change');
    expect(fewestToPass(eu, start.positions)).toBe(2);
    expect(check('smallest_change', start).hint).toBe(
      'Not adopted yet: it needs 2 more members and 56.6 million people more in favour. Both conditions must hold together.',
    );
    expect(check('smallest_change', withPositions(start, { ES: 'yes', PL: 'yes' })).solved).toBe(true);
    // Two members, but too few people: the population condition still fails.
    expect(check('smallest_change', withPositions(start, { DK: 'yes', FI: 'yes' })).solved).toBe(false);
    expect(check('smallest_change', withPositions(start, { ES: 'yes', PL: 'yes', RO: 'yes' })).hint).toBe(
      'Adopted, with 3 changes. 2 changes are enough: which members bring both numbers and people?',
    );
  });

  it('abstaining or staying out: only not participating passes it', () => {
    const start = exerciseStart('abstain_or_out');
    expect(check('abstain_or_out', withPositions(start, { ES: 'no' })).solved).toBe(false);
    expect(check('abstain_or_out', withPositions(start, { ES: 'yes' })).hint).toBe('A yes would pass it, but the task is to find another way.');
    expect(check('abstain_or_out', withPositions(start, { ES: 'absent' }))).toEqual({
      solved: true,
      hint: 'Solved: not participating takes Spain out of both denominators, so the members in favour now hold 67.9 % of the participating population. An abstention counts like a no; not taking part does not count at all.',
    });
    expect(check('abstain_or_out', withPositions(start, { ES: 'absent', DE: 'abstain' })).hint).toBe('Change only Spain: start again to put the others back.');
  });

  it('asks for the qualified majority and the 2025 figures back', () => {
    const start = exerciseStart('three_large');
    expect(check('three_large', { ...start, rule: 'unanimity' }).hint).toMatch(/qualified majority/);
  });
});

describe('niceComparison', () => {
  it('scales 260 of 352 to 239 of 323 without the United Kingdom, and compares verdicts', () => {
    const allYes = Object.fromEntries(eu.voters.map((v) => [v.code, 'yes' as const]));
    const r = niceComparison(eu, { ...allYes, DE: 'no', FR: 'no', IT: 'no' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.votes).toEqual({ of: 323, required: 239 });
    expect(r.value.withoutUk).toBe(true);
    expect(r.value.scalingNote && say(r.value.scalingNote)).toBe(
      'This dataset has no United Kingdom (29 of the 352 votes): the engine scales the threshold of 260 of 352 votes to 239 of 323, the same proportion.',
    );
    // 236 of 323 votes and 53 % of the population: blocked under Nice, adopted today.
    expect([r.value.nice.verdict, r.value.doubleMajority.verdict, r.value.sameVerdict]).toEqual(['not_adopted', 'adopted', false]);
  });

  it('uses the full 352 votes with the United Kingdom (2016 figures)', () => {
    const d16 = findDataset('council-2016');
    if (!d16.ok) throw new Error('dataset');
    const e16 = electorateOf(d16.value);
    const r = niceComparison(e16, Object.fromEntries(e16.voters.map((v) => [v.code, 'yes' as const])));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.votes).toEqual({ of: 352, required: 260 });
    expect(r.value.scalingNote).toBeNull();
  });
});
