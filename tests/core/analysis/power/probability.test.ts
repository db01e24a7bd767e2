import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/core/rules/countries';
import { DEFAULT_DATASET_ID, electorateOf as electorateOfDataset, findDataset } from '../../../../src/core/data/datasets';
import { evaluateDecided } from '../../../../src/core/rules/evaluate';
import { adoptionProbability, powerIndices, type AdoptionProbability } from '../../../../src/core/analysis/power';
import type { DecidedPosition } from '../../../../src/core/rules/vote';
import { bruteProbability, winTable } from './bruteForce';
import { codeAt, electorateOf, gameArb, insideOf, participatingOf, seededMembers, type TestGame } from './fixtures';

/** Probabilities by member index: often 0 or 1 exactly, to exercise the fixed members. */
const probArb = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: 0, max: 1, noNaN: true }));

function run(game: TestGame, probs: readonly number[]): AdoptionProbability {
  const byCode = Object.fromEntries(probs.map((p, i) => [codeAt(i), p]));
  const r = adoptionProbability(electorateOf(game.members), byCode, game.rule, participatingOf(game));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('adoptionProbability', () => {
  it('equals the sum over all outcomes, and so does each member’s probability of being decisive', () => {
    const arb = gameArb(11).chain((game) => fc.tuple(fc.constant(game), fc.array(probArb, { minLength: game.members.length, maxLength: game.members.length })));
    fc.assert(
      fc.property(arb, ([game, probs]) => {
        const inside = game.members.map((_, i) => i).filter((i) => !game.absent.includes(i));
        const insideProbs = inside.map((i) => probs[i]!);
        const brute = bruteProbability(winTable(insideOf(game), game.absent.length === 0, game.rule), insideProbs);
        const r = run(game, probs);
        expect(Math.abs(r.probability - brute.probability)).toBeLessThan(1e-12);
        inside.forEach((i, j) => expect(Math.abs(r.decisive[codeAt(i)]! - brute.decisive[j]!)).toBeLessThan(1e-12));
        expect(Object.keys(r.decisive).sort()).toEqual(inside.map(codeAt).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('with every probability 0 or 1 it is the verdict of evaluateDecided', () => {
    const arb = gameArb(14).chain((game) => fc.tuple(fc.constant(game), fc.array(fc.constantFrom(0, 1), { minLength: game.members.length, maxLength: game.members.length })));
    fc.assert(
      fc.property(arb, ([game, probs]) => {
        const decided = new Map<CountryCode, DecidedPosition>(
          game.members.map((_, i) => [codeAt(i), game.absent.includes(i) ? 'absent' : probs[i] === 1 ? 'yes' : 'no'] as const),
        );
        const verdict = evaluateDecided(electorateOf(game.members), decided, game.rule);
        if (!verdict.ok) throw new Error(verdict.error.message);
        expect(run(game, probs).probability).toBe(verdict.value.adopted ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('at p = 1/2 the decisiveness of a member is its Banzhaf index (a larger game, 14 members)', () => {
    const members = seededMembers(14, 11);
    const game: TestGame = { members, absent: [4], rule: { kind: 'qmv' } };
    const inside = insideOf(game);
    const brute = bruteProbability(winTable(inside, false, game.rule), inside.map(() => 0.5));
    const r = run(game, members.map(() => 0.5));
    expect(Math.abs(r.probability - brute.probability)).toBeLessThan(1e-12);
    const power = powerIndices(electorateOf(members), participatingOf(game), game.rule);
    if (!power.ok) throw new Error(power.error.message);
    power.value.members.forEach((m, j) => {
      expect(Math.abs(r.decisive[m.code]! - m.banzhaf)).toBeLessThan(1e-12);
      expect(Math.abs(brute.decisive[j]! - m.banzhaf)).toBeLessThan(1e-12);
    });
  });

  it('EU-27 QMV at p = 1/2: the share of winning coalitions (exactly 17 729 938 of 2^27)', () => {
    const dataset = findDataset(DEFAULT_DATASET_ID);
    if (!dataset.ok) throw new Error(dataset.error.message);
    const eu27 = electorateOfDataset(dataset.value);
    const half = Object.fromEntries(eu27.voters.map((v) => [v.code, 0.5]));
    const r = adoptionProbability(eu27, half, { kind: 'qmv' });
    expect(r.ok && r.value.probability).toBeCloseTo(17_729_938 / 2 ** 27, 14);
  });

  it('rejects missing and out-of-range probabilities', () => {
    const electorate = electorateOf(seededMembers(3, 2));
    const rule = { kind: 'qmv' } as const;
    expect(adoptionProbability(electorate, { [codeAt(0)]: 0.5, [codeAt(1)]: 0.5 }, rule)).toMatchObject({ ok: false, error: { code: 'args.invalid' } });
    expect(adoptionProbability(electorate, { [codeAt(0)]: 0.5, [codeAt(1)]: 0.5, [codeAt(2)]: 1.5 }, rule)).toMatchObject({ ok: false, error: { code: 'args.invalid' } });
    // A member outside the vote needs no probability.
    expect(adoptionProbability(electorate, { [codeAt(0)]: 0.5, [codeAt(1)]: 0.5 }, rule, [codeAt(0), codeAt(1)]).ok).toBe(true);
  });
});
