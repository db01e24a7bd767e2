/**
 * Populations in whole persons: the one constructor every figure goes through, and the bound
 * that keeps every threshold product exact. Also: how messages quote bad input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDataset } from '../../src/core/data/datasets';
import { quote } from '../../src/core/format';
import { MAX_MEMBER_POPULATION, parsePersons } from '../../src/core/population';
import { whatIfElectorate } from '../../src/core/analysis/whatIf';
import { adoptionProbability, powerIndices } from '../../src/core/analysis/power';
import { undecidedPaths } from '../../src/core/analysis/undecidedPaths';
import { blockingCoalitions, whatItTakes } from '../../src/core/analysis/whatItTakes';
import { CANDIDATES } from '../../src/core/data/enlarge';
import { evaluate } from '../../src/core/rules/evaluate';
import { ruleOf, type Positions, type Rule } from '../../src/core/rules/vote';

describe('parsePersons', () => {
  it('takes whole persons from 1 to 2,000,000,000, typed or as numbers', () => {
    expect(parsePersons(' 514564 ', 'x')).toEqual({ ok: true, value: 514_564 });
    expect(parsePersons(MAX_MEMBER_POPULATION, 'x')).toEqual({ ok: true, value: 2_000_000_000 });
    expect(parsePersons('1', 'x')).toEqual({ ok: true, value: 1 });
  });

  it.each([
    ['', 'population.empty', 'Population of Malta is empty: type a whole number of persons.'],
    ['0', 'population.invalid', 'Population of Malta must be a positive whole number of persons (got "0").'],
    ['1.5', 'population.invalid', 'Population of Malta must be a positive whole number of persons (got "1.5").'],
    ['-3', 'population.invalid', 'Population of Malta must be a positive whole number of persons (got "-3").'],
    ['2000000001', 'population.too_large', 'Population of Malta must be at most 2,000,000,000 persons (got 2,000,000,001).'],
    ['99999999999999', 'population.too_large', 'Population of Malta must be at most 2,000,000,000 persons (got 99,999,999,999,999).'],
    ['9'.repeat(400), 'population.too_large', 'Population of Malta must be at most 2,000,000,000 persons (got 400 digits).'],
  ])('refuses %j', (text, code, message) => {
    expect(parsePersons(text, 'Population of Malta')).toEqual({ ok: false, error: { code, message } });
  });

  it('refuses numbers that are not whole persons in range', () => {
    for (const n of [0, -1, 1.5, NaN, Infinity, 2e9 + 1, 1e14, Number.MAX_SAFE_INTEGER + 2]) {
      expect(parsePersons(n, 'x').ok, String(n)).toBe(false);
    }
  });

  it('never quotes more than 80 characters of what was typed, and stays on one line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const r = parsePersons(text, 'P');
        if (r.ok) return;
        expect(r.error.message).not.toMatch(/[\n\r]/);
        expect(r.error.message.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});

describe('quote', () => {
  it('keeps short text, escapes line breaks and cuts long text with its length', () => {
    expect(quote('DE')).toBe('"DE"');
    expect(quote('a\nb\tc\u0000')).toBe('"a\\nb\\tc\\u0000"');
    const banner = 'BANNER '.repeat(1_500_000);
    const quoted = quote(banner);
    expect(quoted).toMatch(/^"BANNER BANNER .*…" \(10,500,000 characters\)$/);
    expect(quoted.length).toBeLessThan(120);
  });
});

describe('every analysis stays exact at the bound', () => {
  const council = findDataset('council-2020');
  if (!council.ok) throw new Error(council.error.message);
  const added = CANDIDATES.map((c) => c.code);
  const everyone = [...council.value.members.map((m) => m.code), ...added];
  const electorate = whatIfElectorate(council.value, added, Object.fromEntries(everyone.map((c, i) => [c, String(i % 2 ? MAX_MEMBER_POPULATION : MAX_MEMBER_POPULATION - i)])));
  if (!electorate.ok) throw new Error(electorate.error.message);
  const e = electorate.value;
  const rules: Rule[] = [ruleOf('qmv'), ruleOf('reinforced'), ruleOf('simple'), { kind: 'custom', memberPct: 55, populationPct: 65, minMembers: 15, blockingMembers: 4 }];
  const positions: Positions = Object.fromEntries(e.voters.map((v, i) => [v.code, i < 5 ? 'no' : i < 14 ? 'undecided' : 'yes']));

  it.each(rules.map((r) => [r.kind, r] as const))('%s: evaluation, what it takes, blocking coalitions, undecided paths, probability', (_, rule) => {
    expect(e.voters).toHaveLength(38);
    expect(evaluate(e, positions, rule).ok).toBe(true);
    expect(whatItTakes(e, positions, rule).ok).toBe(true);
    expect(blockingCoalitions(e, e.voters.map((v) => v.code), rule, [e.voters[4]!.code], []).ok).toBe(true);
    expect(undecidedPaths(e, positions, rule).ok).toBe(true);
    const p = Object.fromEntries(e.voters.map((v) => [v.code, 0.5]));
    expect(adoptionProbability(e, p, rule, e.voters.map((v) => v.code)).ok).toBe(true);
  });

  it('voting power of 27 members at the bound', () => {
    const big = whatIfElectorate(council.value, [], Object.fromEntries(council.value.members.map((m) => [m.code, String(MAX_MEMBER_POPULATION)])));
    if (!big.ok) throw new Error(big.error.message);
    const r = powerIndices(big.value, big.value.voters.map((v) => v.code), ruleOf('qmv'));
    expect(r.ok).toBe(true);
  }, 60_000);
});
