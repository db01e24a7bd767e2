import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../src/core/rules/countries';
import { DEFAULT_DATASET_ID, electorateOf as electorateOfDataset, findDataset } from '../../../src/core/data/datasets';
import type { Electorate } from '../../../src/core/rules/evaluate';
import type { Position, Positions, Rule } from '../../../src/core/rules/vote';
import { blockingCoalitions, whatItTakes, type SwitchSearch } from '../../../src/core/analysis/whatItTakes';
import { oracleAdopted, type OracleVote } from '../rules/oracle';
import { codeAt, electorateOf, memberArb, ruleArb } from './power/fixtures';

/**
 * The brute force the search is checked against: every subset of the pool, each judged by the
 * independent oracle. Returns the smallest size that works, how many sets of it work, and their
 * populations in ascending order.
 */
function bruteSmallest(pool: readonly number[], works: (set: ReadonlySet<number>) => boolean, pops: readonly number[]) {
  let best: { size: number; pops: number[] } | null = null;
  for (let mask = 0; mask < 2 ** pool.length; mask++) {
    const set = new Set(pool.filter((_, j) => mask & (2 ** j)));
    if (best && set.size > best.size) continue;
    if (!works(set)) continue;
    const pop = [...set].reduce((s, i) => s + pops[i]!, 0);
    if (!best || set.size < best.size) best = { size: set.size, pops: [pop] };
    else best.pops.push(pop);
  }
  return best && { size: best.size, count: best.pops.length, pops: best.pops.sort((a, b) => a - b) };
}

function expectAgrees(found: SwitchSearch, brute: ReturnType<typeof bruteSmallest>, limit: number) {
  expect(found.truncated).toBe(false);
  expect(found.size).toBe(brute?.size ?? null);
  expect(found.count).toBe(brute?.count ?? 0);
  expect(found.sets.map((s) => s.population)).toEqual(brute ? brute.pops.slice(0, limit) : []);
}

const positionArb = fc.constantFrom<Position>('yes', 'no', 'abstain', 'absent', 'undecided', 'undecided');

describe('whatItTakes and blockingCoalitions agree with a brute force over the oracle', () => {
  it('on random electorates, positions and rules', () => {
    const arb = fc
      .array(memberArb, { minLength: 1, maxLength: 9 })
      .chain((members) => fc.tuple(fc.constant(members), fc.array(positionArb, { minLength: members.length, maxLength: members.length }), ruleArb));
    fc.assert(
      fc.property(arb, ([members, positions, rule]) => {
        const electorate = electorateOf(members);
        const byCode: Positions = Object.fromEntries(positions.map((p, i) => [codeAt(i), p]));
        const pops = members.map((m) => m.pop);
        const oracleMembers = members.map((m) => ({ population: m.pop, weight: m.weight }));
        const idx = (p: Position) => positions.flatMap((q, i) => (q === p ? [i] : []));
        const adopted = (vote: (i: number) => OracleVote) => oracleAdopted(oracleMembers, members.map((_, i) => vote(i)), rule);
        const limit = 3;
        const r = whatItTakes(electorate, byCode, rule, { limit });
        if (!r.ok) return; // e.g. nobody takes part: gameOf's own tests cover its errors
        const base = (i: number): OracleVote => (positions[i] === 'undecided' ? 'no' : (positions[i] as OracleVote));
        // To adopt: the set switches to yes, every other undecided member votes no.
        const adopts = (set: ReadonlySet<number>) => adopted((i) => (set.has(i) ? 'yes' : base(i)));
        if (adopts(new Set())) expect(r.value.toAdopt).toBeNull();
        else {
          expectAgrees(r.value.toAdopt!.amongUndecided, bruteSmallest(idx('undecided'), adopts, pops), limit);
          // Under unanimity an abstainer switching to yes changes nothing; the search may leave them out.
          const against = rule.kind === 'unanimity' ? idx('no') : [...idx('no'), ...idx('abstain')];
          expectAgrees(r.value.toAdopt!.amongAll, bruteSmallest([...idx('undecided'), ...against], adopts, pops), limit);
        }
        // To block: the set switches to no, every other undecided member votes yes.
        const blocks = (set: ReadonlySet<number>) => !adopted((i) => (set.has(i) ? 'no' : positions[i] === 'undecided' ? 'yes' : base(i)));
        if (blocks(new Set())) expect(r.value.toBlock).toBeNull();
        else {
          expectAgrees(r.value.toBlock!.amongUndecided, bruteSmallest(idx('undecided'), blocks, pops), limit);
          const hopeful = [...idx('yes'), ...idx('undecided'), ...(rule.kind === 'unanimity' ? idx('abstain') : [])];
          expectAgrees(r.value.toBlock!.amongAll, bruteSmallest(hopeful, blocks, pops), limit);
        }
        // Blocking coalitions with the first participant in them, everyone else in favour.
        const inside = positions.flatMap((p, i) => (p === 'absent' ? [] : [i]));
        if (inside.length === 0) return;
        const first = inside[0]!;
        const participating = inside.map(codeAt);
        const c = blockingCoalitions(electorate, participating, rule, [codeAt(first)], [], { limit });
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        const stands = (set: ReadonlySet<number>) =>
          !adopted((i) => (positions[i] === 'absent' ? 'absent' : set.has(i) || i === first ? 'no' : 'yes'));
        const brute = bruteSmallest(inside.filter((i) => i !== first), stands, pops);
        expect(c.value.size).toBe(brute?.size ?? null);
        expect(c.value.count).toBe(brute?.count ?? 0);
        expect(c.value.sets.map((s) => s.population - pops[first]!)).toEqual(brute ? brute.pops.slice(0, limit) : []);
        expect(c.value.sets.every((s) => s.codes[0] === codeAt(first))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

function eu27(): Electorate {
  const d = findDataset(DEFAULT_DATASET_ID);
  if (!d.ok) throw new Error(d.error.message);
  return electorateOfDataset(d.value);
}

describe('what it takes on the real Council (council-2025)', () => {
  const electorate = eu27();
  const qmv: Rule = { kind: 'qmv' };
  it('with Germany against, three more members are needed, listed by least population', () => {
    const r = blockingCoalitions(electorate, undefined, qmv, ['DE' as CountryCode]);
    expect(r.ok && r.value.size).toBe(3);
    expect(r.ok && r.value.sets[0]!.codes.length).toBe(4);
    // The least-population blocking coalitions still need 35 % + 1 person of the Union.
    const needed = electorate.total - Math.ceil((65 * electorate.total) / 100) + 1;
    expect(r.ok && r.value.sets.every((s) => s.population >= needed)).toBe(true);
    const pops = r.ok ? r.value.sets.map((s) => s.population) : [];
    expect(pops).toEqual([...pops].sort((a, b) => a - b));
  });
  it('three members never block, whoever they are (four-member clause): DE+FR+IT need a fourth', () => {
    const r = blockingCoalitions(electorate, undefined, qmv, ['DE', 'FR', 'IT'] as CountryCode[]);
    expect(r.ok && [r.value.alreadyBlocking, r.value.size]).toEqual([false, 1]);
    // Any fourth member will do: the three hold over 35 % already.
    expect(r.ok && r.value.count).toBe(24);
  });
  it('an undecided Council: one member is enough to adopt only when it brings the 15th vote and the population', () => {
    const positions: Positions = Object.fromEntries(electorate.voters.slice(0, 14).map((v) => [v.code, 'yes']));
    const r = whatItTakes(electorate, positions, qmv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const adopt = r.value.toAdopt!.amongUndecided;
    expect(adopt.size).not.toBeNull();
    expect(adopt.sets.length).toBeGreaterThan(0);
    expect(r.value.toAdopt!.amongAll).toEqual(adopt); // nobody is against: the undecided are everyone who can change
  });
});
