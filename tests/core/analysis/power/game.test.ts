import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/core/rules/countries';
import { DEFAULT_DATASET_ID, electorateOf, findDataset } from '../../../../src/core/data/datasets';
import { evaluateDecided, type Electorate } from '../../../../src/core/rules/evaluate';
import { participates, PARTICIPATION_PRESETS } from '../../../../src/core/rules/participation';
import { gameOf, powerIndices, winsAt } from '../../../../src/core/analysis/power';
import type { DecidedPosition, Rule } from '../../../../src/core/rules/vote';
import { bruteCounts, brutePower, winTable } from './bruteForce';

function eu27(): Electorate {
  const dataset = findDataset(DEFAULT_DATASET_ID);
  if (!dataset.ok) throw new Error(dataset.error.message);
  return electorateOf(dataset.value);
}

const participantsOf = (electorate: Electorate, preset: (typeof PARTICIPATION_PRESETS)[number]): CountryCode[] =>
  electorate.voters.filter((v) => participates(preset, v.code)).map((v) => v.code);

describe('the game of a rule (golden cases from rules.md)', () => {
  const electorate = eu27();
  it('EU-27 QMV: 15 members, 65 % of the population, blocking minority of 4', () => {
    const g = gameOf(electorate, undefined, { kind: 'qmv' });
    expect(g.ok && g.value.thresholds).toMatchObject({ requiredMembers: 15, blockingMembers: 4, requiredWeight: null });
    expect(g.ok && g.value.thresholds.requiredPopulation).toBe(Math.ceil((65 * electorate.total) / 100));
  });
  it('reinforced: 20 of 27, no blocking clause; simple: 14 of 27', () => {
    const r = gameOf(electorate, undefined, { kind: 'reinforced' });
    expect(r.ok && r.value.thresholds).toMatchObject({ requiredMembers: 20, blockingMembers: null });
    const s = gameOf(electorate, undefined, { kind: 'simple' });
    expect(s.ok && s.value.thresholds.requiredMembers).toBe(14);
  });
  it('Art. 238(3)(a): 26 participants need 15, the euro area of 21 needs 12', () => {
    const jha = gameOf(electorate, participantsOf(electorate, 'jha'), { kind: 'qmv' });
    expect(jha.ok && jha.value.thresholds.requiredMembers).toBe(15);
    const euro = gameOf(electorate, participantsOf(electorate, 'euro'), { kind: 'qmv' });
    expect(euro.ok && [euro.value.n, euro.value.thresholds.requiredMembers]).toEqual([21, 12]);
  });

  it('wins exactly when evaluateDecided adopts, on EU-27 data under every preset and rule', () => {
    const rules: Rule[] = [{ kind: 'qmv' }, { kind: 'reinforced' }, { kind: 'simple' }, { kind: 'unanimity' }];
    const arb = fc.tuple(fc.constantFrom(...PARTICIPATION_PRESETS), fc.constantFrom(...rules), fc.array(fc.boolean(), { minLength: 27, maxLength: 27 }));
    fc.assert(
      fc.property(arb, ([preset, rule, yesFlags]) => {
        const inside = participantsOf(electorate, preset);
        const g = gameOf(electorate, preset === 'all' ? undefined : inside, rule);
        if (!g.ok) throw new Error(g.error.message);
        const decided = new Map<CountryCode, DecidedPosition>(
          electorate.voters.map((v, i) => [v.code, !inside.includes(v.code) ? 'absent' : yesFlags[i] ? 'yes' : 'no'] as const),
        );
        const yes = electorate.voters.filter((v) => decided.get(v.code) === 'yes');
        const verdict = evaluateDecided(electorate, decided, rule);
        if (!verdict.ok) throw new Error(verdict.error.message);
        const p = yes.reduce((s, v) => s + v.population, 0);
        expect(winsAt(g.value, yes.length, 0, p)).toBe(verdict.value.adopted);
      }),
      { numRuns: 500 },
    );
  });
});

describe('voting power on real data', () => {
  const electorate = eu27();
  it('the euro area (21 members, QMV): swings and coalition counts equal brute force', () => {
    const inside = participantsOf(electorate, 'euro');
    const members = electorate.voters.filter((v) => inside.includes(v.code)).map((v) => ({ pop: v.population, weight: 0 }));
    const win = winTable(members, false, { kind: 'qmv' });
    const r = powerIndices(electorate, inside, { kind: 'qmv' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.members.map((m) => m.swings)).toEqual(brutePower(win, members.length).swings);
    const counts = bruteCounts(win, members.length);
    expect(r.value.bySize).toEqual({ winning: counts.winning, minimalWinning: counts.minimalWinning, minimalBlocking: counts.minimalBlocking });
  });

  it('EU-27 QMV: the larger the population, the larger the Banzhaf index', () => {
    const r = powerIndices(electorate, undefined, { kind: 'qmv' });
    if (!r.ok) throw new Error(r.error.message);
    const byPop = [...r.value.members].sort((a, b) => b.populationShare - a.populationShare);
    for (let i = 1; i < byPop.length; i++) expect(byPop[i]!.swings).toBeLessThanOrEqual(byPop[i - 1]!.swings);
    expect(r.value.winningCoalitions).toBe(17_729_938);
  });
});
