/**
 * Golden cases from the treaties (/work/shared/facts/rules.md) and the real Council files of
 * scenarios.md, as literal expectations. Every number below was worked out by hand from the
 * dataset files (council-2020: exact persons; council-2025 and -2016: two-decimal shares, so
 * their percentages are checked in hundredths of a point, truncated), never by the engine.
 */
import { PROTOCOL_ORDER, type CountryCode } from '../../../src/core/rules/countries';
import { electorateOf, findDataset } from '../../../src/core/data/datasets';
import { evaluate, type Electorate } from '../../../src/core/rules/evaluate';
import type { Evaluation, Outcome } from '../../../src/core/rules/outcome';
import type { Position, Rule } from '../../../src/core/rules/vote';

const QMV: Rule = { kind: 'qmv' };
const REINFORCED: Rule = { kind: 'reinforced' };

function electorate(id: string): Electorate {
  const d = findDataset(id);
  if (!d.ok) throw new Error(d.error.message);
  return electorateOf(d.value);
}
const eu2020 = electorate('council-2020');
const eu2025 = electorate('council-2025');
const eu2016 = electorate('council-2016');

interface Spec { no?: string; abstain?: string; absent?: string; yes?: string; undecided?: string; rest?: Position }
/** Positions from space-separated lists; everyone else gets `rest` (default yes). */
function positions(e: Electorate, s: Spec): Record<CountryCode, Position> {
  const lists = (['no', 'abstain', 'absent', 'yes', 'undecided'] as const).map((p) => [p, (s[p] ?? '').split(' ')] as const);
  return Object.fromEntries(e.voters.map((v) => [v.code, lists.find(([, codes]) => codes.includes(v.code))?.[0] ?? s.rest ?? 'yes']));
}
function run(e: Electorate, s: Spec, rule: Rule = QMV): Outcome {
  const r = evaluate(e, positions(e, s), rule);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
/** A fully decided vote: best and worst case coincide. */
function decided(e: Electorate, s: Spec, rule: Rule = QMV): Evaluation {
  const o = run(e, s, rule);
  expect(o.best).toEqual(o.worst);
  return o.worst;
}
/** Share in favour in hundredths of a percentage point, truncated. */
const bp = (x: Evaluation) => Math.floor((x.population.inFavour * 10000) / x.population.participating);
const pivots = (o: Outcome) => o.pivots.map((p) => `${p.code}:${p.to}`).join(' ');

/** A synthetic full Council of members with the given populations (codes in protocol order). */
function synthetic(pops: readonly number[]): Electorate {
  const voters = pops.map((p, i) => ({ code: PROTOCOL_ORDER[i] as CountryCode, population: p, low: p, high: p }));
  return { voters, total: pops.reduce((a, b) => a + b, 0) };
}
const codes = (e: Electorate, from: number, to?: number) => e.voters.slice(from, to).map((v) => v.code).join(' ');

describe('Art. 16(4) TEU: 55 % of members, at least 15, and 65 % of the population', () => {
  test('exactly 65.00 % of the population passes; one person less fails', () => {
    // 16 x 4 062 500 = 65 000 000 in favour, 4 x 8 750 000 = 35 000 000 against: 65 % exactly.
    const exact = synthetic([...Array<number>(16).fill(4_062_500), ...Array<number>(4).fill(8_750_000)]);
    const against = codes(exact, 16);
    const at = decided(exact, { no: against });
    expect([at.adopted, at.deemedAdopted, at.population.required, at.conditions[1]!.margin, at.conditions[1]!.status]).toEqual([true, false, 65_000_000, 0, 'met']);
    const short = synthetic([4_062_499, ...Array<number>(15).fill(4_062_500), ...Array<number>(3).fill(8_750_000), 8_750_001]);
    const below = decided(short, { no: against });
    expect([below.adopted, below.population.inFavour, below.conditions[1]!.margin, below.conditions[1]!.status]).toEqual([false, 64_999_999, -1, 'not_met']);
    expect(below.blockingMinority).toMatchObject({ exists: true, routes: ['population'], members: 4, requiredMembers: 4 });
  });

  test('the three most populous against: adopted under the four-member clause', () => {
    // council-2020: DE 82 940 663 + FR 67 028 048 + IT 61 068 437 = 211 037 148 against;
    // 447 470 672 - 211 037 148 = 236 433 524 in favour; 65 % needs ceil(290 855 936.8) = 290 855 937.
    const r = decided(eu2020, { no: 'DE FR IT' });
    expect([r.adopted, r.deemedAdopted]).toEqual([true, true]);
    expect(r.population).toEqual({ inFavour: 236_433_524, participating: 447_470_672, required: 290_855_937 });
    expect(r.conditions.map((c) => [c.id, c.margin, c.status])).toEqual([['members', 9, 'met'], ['population', -54_422_413, 'not_met']]);
    expect(r.blockingMinority).toMatchObject({ exists: false, members: 3, requiredMembers: 4 });
    // A fourth member, however small (MT 493 559), completes the blocking minority.
    expect(decided(eu2020, { no: 'DE FR IT MT' })).toMatchObject({ adopted: false, population: { inFavour: 235_939_965 }, blockingMinority: { routes: ['population'] } });
  });

  test('the four least populous against: adopted, far from 35 %', () => {
    // EE 1 324 820 + CY 875 898 + LU 612 179 + MT 493 559 = 3 306 456 against.
    expect(decided(eu2020, { no: 'EE CY LU MT' })).toMatchObject({ adopted: true, deemedAdopted: false, population: { inFavour: 444_164_216 } });
  });

  test('thirteen not in favour: not adopted whatever their population; twelve: adopted', () => {
    // The 13 smallest (BG .. MT, 42 844 344 persons, 9.6 %) leave 14 in favour with 404 626 328.
    const thirteen = decided(eu2020, { no: 'BG DK FI SK IE HR LT', abstain: 'SI LV EE CY LU MT' });
    expect(thirteen.members).toEqual({ inFavour: 14, against: 7, abstaining: 6, participating: 27, required: 15 });
    expect([thirteen.adopted, thirteen.population.inFavour, thirteen.conditions[0]!.margin]).toEqual([false, 404_626_328, -1]);
    expect(thirteen.blockingMinority.routes).toEqual(['members']);
    // BG back in favour: 15 members, 404 626 328 + 7 000 039 = 411 626 367 persons.
    expect(decided(eu2020, { no: 'DK FI SK IE HR LT', abstain: 'SI LV EE CY LU MT' })).toMatchObject({ adopted: true, members: { inFavour: 15 }, population: { inFavour: 411_626_367 } });
    // 15 in favour but the 15 smallest: members met, population not (and 12 not in favour block).
    expect(decided(eu2020, { no: codes(eu2020, 0, 12) })).toMatchObject({ adopted: false, members: { inFavour: 15 }, blockingMinority: { routes: ['population'] } });
  });
});

describe('Art. 238(2) TFEU: reinforced qualified majority, 72 % and 65 %, no four-member clause', () => {
  test('DE FR IT against: adopted under QMV, not under the reinforced majority', () => {
    const r = decided(eu2020, { no: 'DE FR IT' }, REINFORCED);
    expect([r.adopted, r.deemedAdopted, r.members.required, r.blockingMinority.requiredMembers, r.blockingMinority.routes]).toEqual([false, false, 20, null, ['population']]);
  });
  test('20 of 27 in favour pass, 19 do not', () => {
    expect(decided(eu2020, { no: 'LT SI LV EE CY LU MT' }, REINFORCED).adopted).toBe(true);
    expect(decided(eu2020, { no: 'HR LT SI LV EE CY LU MT' }, REINFORCED)).toMatchObject({ adopted: false, members: { inFavour: 19, required: 20 } });
  });
});

describe('Art. 238(1) TFEU: simple majority of the component members', () => {
  test('14 of 27 pass and 13 do not, counting abstentions as not in favour', () => {
    expect(decided(eu2020, { abstain: codes(eu2020, 14) }, { kind: 'simple' })).toMatchObject({ adopted: true, members: { inFavour: 14, required: 14 } });
    expect(decided(eu2020, { abstain: codes(eu2020, 13) }, { kind: 'simple' })).toMatchObject({ adopted: false, members: { inFavour: 13, required: 14 } });
    expect(decided(eu2020, { no: codes(eu2020, 14) }, { kind: 'simple' }).adopted).toBe(true);
  });
});

describe('Art. 238(4) TFEU: unanimity', () => {
  const U: Rule = { kind: 'unanimity' };
  test('an abstention does not prevent adoption; one vote against does', () => {
    expect(decided(eu2020, { abstain: 'HU' }, U).adopted).toBe(true);
    expect(decided(eu2020, { abstain: codes(eu2020, 1) }, U).adopted).toBe(true);
    expect(decided(eu2020, { no: 'MT' }, U)).toMatchObject({ adopted: false, blockingMinority: { routes: ['veto'], members: 1 } });
  });
});

describe('Art. 238(3) TFEU: not all members participate', () => {
  test('Denmark outside (Protocol 22): 15 of 26 members and 65 % of the 26 populations', () => {
    // 447 470 672 - DK 5 799 763 = 441 670 909; 65 % -> ceil(287 086 090.85) = 287 086 091.
    // k: DE + FR = 149 968 711 <= 35 % (154 584 818.15), + IT exceeds it, so k = 3 and 4 block.
    const r = decided(eu2020, { absent: 'DK' });
    expect(r.members).toMatchObject({ participating: 26, required: 15 });
    expect(r.population).toEqual({ inFavour: 441_670_909, participating: 441_670_909, required: 287_086_091 });
    expect(r.blockingMinority.requiredMembers).toBe(4);
  });

  test('the old calculators\' bug: 13 (or 14) of 26 in favour never pass, 15 do', () => {
    // The 13 most populous hold 395 784 328 persons, 89.6 % of the 26: the member count still fails.
    const rest = 'AT BG FI SK IE HR LT SI LV EE CY LU MT';
    const thirteen = decided(eu2020, { absent: 'DK', no: rest });
    expect([thirteen.adopted, thirteen.members.inFavour, thirteen.population.inFavour]).toEqual([false, 13, 395_784_328]);
    expect(decided(eu2020, { absent: 'DK', no: rest.replace('AT ', '') })).toMatchObject({ adopted: false, members: { inFavour: 14 } });
    expect(decided(eu2020, { absent: 'DK', no: rest.replace('AT BG ', '') })).toMatchObject({ adopted: true, members: { inFavour: 15 } });
    expect(decided(eu2020, { absent: 'DK', abstain: rest }, { kind: 'simple' })).toMatchObject({ adopted: false, members: { required: 14 } });
  });

  describe('the euro area (21 members): a blocking minority needs k + 1 = 3 members', () => {
    // Euro-area population (council-2020 figures): 353 748 201; 35 % = 123 811 870.35;
    // DE + FR = 149 968 711 exceed it, so k = 2. Members needed: ceil(0.55 x 21) = 12.
    const outside = 'CZ DK HU PL RO SE';
    test('DE and FR against (42.4 %) are only two: deemed adopted', () => {
      const r = decided(eu2020, { absent: outside, no: 'DE FR' });
      expect([r.adopted, r.deemedAdopted, r.members.required, r.population.participating, r.blockingMinority.requiredMembers]).toEqual([true, true, 12, 353_748_201, 3]);
    });
    test('DE, FR and Malta against are three: not adopted', () => {
      expect(decided(eu2020, { absent: outside, no: 'DE FR MT' })).toMatchObject({ adopted: false, blockingMinority: { members: 3, population: 150_462_270 } });
    });
    test('Art. 238(3)(b): the reinforced majority needs ceil(0.72 x 21) = 16 of the 21', () => {
      expect(decided(eu2020, { absent: outside, no: 'EE CY LU MT LV' }, REINFORCED)).toMatchObject({ adopted: true, members: { inFavour: 16, required: 16 } });
      expect(decided(eu2020, { absent: outside, no: 'EE CY LU MT LV SI' }, REINFORCED).adopted).toBe(false);
    });
  });

  test('"more than 35 %": a member with exactly 35 % is not enough, so k = 2 and two cannot block', () => {
    // Participants: 70 + 18 + 8 x 14 = 200; A alone is 35 % exactly, A + B = 44 %.
    const e = synthetic([70, 18, ...Array<number>(8).fill(14), 1000]);
    const absent = e.voters[10]!.code;
    const [a, b, c] = e.voters.map((v) => v.code);
    expect(decided(e, { absent, no: `${a} ${b}` })).toMatchObject({ adopted: true, deemedAdopted: true, blockingMinority: { requiredMembers: 3 } });
    expect(decided(e, { absent, no: `${a} ${b} ${c}` }).adopted).toBe(false);
  });

  test('with nobody participating nothing is adopted, under any rule', () => {
    const rules: Rule[] = [QMV, REINFORCED, { kind: 'simple' }, { kind: 'unanimity' }, { kind: 'nice', commissionProposal: false, populationCheck: false }];
    for (const rule of rules) expect(decided(eu2020, { rest: 'absent' }, rule).adopted).toBe(false);
  });
});

describe('Nice weighted votes on council-2016 (EU-28): 260 of 352, majority of members, 62 % on request', () => {
  const nice = (commissionProposal: boolean, populationCheck: boolean): Rule => ({ kind: 'nice', commissionProposal, populationCheck });
  test('260 votes pass, 259 do not', () => {
    // Against PL 27 + RO 14 + NL 13 + BE 12 + EL 12 + AT 10 + EE 4 = 92 -> 260 in favour.
    expect(decided(eu2016, { no: 'PL RO NL BE EL AT EE' }, nice(true, true))).toMatchObject({ adopted: true, conditions: [{ id: 'weights', reached: 260, required: 260 }, {}, {}] });
    // Against DE 29 + FR 29 + ES 27 + CY 4 + LU 4 = 93, the blocking minority -> 259.
    expect(decided(eu2016, { no: 'DE FR ES CY LU' }, nice(true, false))).toMatchObject({ adopted: false, blockingMinority: { routes: ['weights'] } });
  });
  test('the 62 % check can defeat 260 votes', () => {
    // Against DE FR ES DK: 29 + 29 + 27 + 7 = 92 votes but 15.93 + 13.04 + 9.12 + 1.11 = 39.20 of
    // 100.01 published points, so 60.81 / 100.01 = 60.80 % in favour.
    expect(decided(eu2016, { no: 'DE FR ES DK' }, nice(true, false)).adopted).toBe(true);
    const checked = decided(eu2016, { no: 'DE FR ES DK' }, nice(true, true));
    expect([checked.adopted, bp(checked), checked.blockingMinority.routes]).toEqual([false, 6080, ['population']]);
  });
  test('without a Commission proposal two thirds of members (19 of 28) are needed', () => {
    // The 10 smallest against (51 votes): 301 votes, 18 members.
    const smallest = codes(eu2016, 18);
    expect(decided(eu2016, { no: smallest }, nice(true, false))).toMatchObject({ adopted: true, members: { inFavour: 18, required: 15 } });
    expect(decided(eu2016, { no: smallest }, nice(false, false))).toMatchObject({ adopted: false, members: { required: 19 } });
  });
});

describe('undecided members: three-way verdict with best and worst case', () => {
  test('DE FR IT against, the rest undecided: undetermined, and every undecided member is pivotal', () => {
    const o = run(eu2020, { no: 'DE FR IT', rest: 'undecided' });
    expect([o.verdict, o.best.adopted, o.best.deemedAdopted, o.worst.adopted, o.undecided.length]).toEqual(['undetermined', true, true, false, 24]);
    // One more no would complete a blocking minority of four, whatever the rest do.
    expect(o.pivots.length).toBe(24);
    expect(o.pivots.every((p) => p.from === 'undecided')).toBe(true);
    // A member left out of the positions is undecided.
    const partial = evaluate(eu2020, { DE: 'no', FR: 'no', IT: 'no' } as Record<CountryCode, Position>, QMV);
    expect(partial.ok && [partial.value.verdict, partial.value.undecided.length]).toEqual(['undetermined', 24]);
  });
  test('secured despite undecided members: adopted whatever MT, LU and CY do', () => {
    expect(run(eu2020, { undecided: 'MT LU CY' })).toMatchObject({ verdict: 'adopted', worst: { adopted: true, members: { inFavour: 24 } } });
  });
});

/**
 * scenarios.md, each on council-2025 (the dataset nearest every date). Shares in hundredths of a
 * point; the 27 published shares add up to 10001, so "in favour" is (10001 - not in favour) / 10001
 * and 65 % needs more than 6500.65 in favour, i.e. at most 3500 not in favour.
 */
describe('real Council files (scenarios.md) on council-2025', () => {
  test('CSA Regulation, Coreper 20 June 2024: blocked by 35.27 %, whatever the undecided do', () => {
    // Not in favour: DE 1849 + PL 833 + AT 202 + NL 401 + CZ 242 (abstain) = 3527 -> 35.27 %.
    // FR only "leaning in favour": left undecided, as scenarios.md asks for unknown positions.
    const o = run(eu2025, { no: 'DE PL AT NL', abstain: 'CZ', yes: 'IE SE', rest: 'undecided' });
    expect([o.verdict, o.best.adopted, o.tooCloseToCall, o.best.members.inFavour]).toEqual(['not_adopted', false, false, 22]);
    expect(o.best.blockingMinority).toMatchObject({ routes: ['population'], members: 5, requiredMembers: 4 });
    expect(Math.floor((o.best.blockingMinority.population * 10000) / o.best.population.participating)).toBe(3526); // 3527 / 10001
    // Just over 35 %: any one of the five switching to yes leaves less than 35 % (3527 - 202 for AT).
    expect(pivots(o)).toBe('DE:yes PL:yes NL:yes CZ:yes AT:yes');
    expect(o.pivots.every((p) => p.verdict === 'undetermined')).toBe(true);
  });

  test('Nature Restoration, 17 June 2024: adopted with 66.09 %; each of 12 in favour was pivotal', () => {
    // Not in favour: FI 125 + HU 213 + IT 1323 + NL 401 + PL 833 + SE 234 + BE 262 = 3391 -> 6610 in favour.
    // A yes turning to no tips it if its share exceeds 6610 - 6500.65 = 109.35: 12 members; HR (86) does not.
    const o = run(eu2025, { no: 'FI HU IT NL PL SE', abstain: 'BE' });
    expect([o.verdict, bp(o.worst), o.worst.members.inFavour, o.tooCloseToCall]).toEqual(['adopted', 6609, 20, false]);
    expect(pivots(o)).toBe('DE:no FR:no ES:no RO:no CZ:no PT:no EL:no AT:no BG:no DK:no SK:no IE:no');
    // Without Slovakia's yes: 6610 - 121 = 6489 -> 64.88 %, "just under 65 %".
    expect(decided(eu2025, { no: 'FI HU IT NL PL SE', abstain: 'BE SK' })).toMatchObject({ adopted: false, blockingMinority: { routes: ['population'] } });
  });

  test('CO2 standards for cars, 28 March 2023: adopted; a German abstention would have blocked it', () => {
    // Not in favour: PL 833 + BG 143 + IT 1323 + RO 423 = 2722 -> 7279 / 10001 = 72.78 %.
    const o = run(eu2025, { no: 'PL', abstain: 'BG IT RO' });
    expect([o.verdict, bp(o.worst), pivots(o)]).toEqual(['adopted', 7278, 'DE:no FR:no ES:no']);
    // With DE 1849 abstaining: 4571 not in favour -> 5430 / 10001 = 54.29 %.
    const whatIf = decided(eu2025, { no: 'PL', abstain: 'BG IT RO DE' });
    expect([whatIf.adopted, bp(whatIf), whatIf.blockingMinority.members]).toEqual([false, 5429, 5]);
  });

  test('Platform Work Directive: blocked on 16 February 2024, agreed on 11 March 2024', () => {
    // February: FR 1517 + DE 1849 + EE 30 + EL 231 = 3627 not in favour -> 6374 / 10001 = 63.73 %.
    const feb = run(eu2025, { no: 'FR', abstain: 'DE EE EL' });
    expect([feb.verdict, bp(feb.worst), feb.worst.blockingMinority.members]).toEqual(['not_adopted', 6373, 4]);
    // Estonia (0.30 %) is pivotal although tiny: without it only three are not in favour.
    expect(pivots(feb)).toBe('DE:yes FR:yes EL:yes EE:yes');
    expect(decided(eu2025, { no: 'FR', abstain: 'DE EL' })).toMatchObject({ adopted: true, deemedAdopted: true });
    // March: EE and EL in favour; FR 1517 + DE 1849 = 3366 -> 6635 / 10001 = 66.34 %.
    const mar = decided(eu2025, { no: 'FR', abstain: 'DE' });
    expect([mar.adopted, mar.deemedAdopted, bp(mar)]).toEqual([true, false, 6634]);
  });

  test('EU-Mercosur, 9 January 2026: adopted; had Italy stayed opposed, not adopted', () => {
    // AT 202 + FR 1517 + HU 213 + IE 119 + PL 833 + BE 262 (abstain) = 3146 -> 6855 / 10001 = 68.54 %.
    // Pivots in favour must hold more than 6855 - 6500.65 = 354.35: DE, IT, ES, RO (423), NL (401).
    const o = run(eu2025, { no: 'AT FR HU IE PL', abstain: 'BE' });
    expect([o.verdict, bp(o.worst), o.worst.members.inFavour, pivots(o)]).toEqual(['adopted', 6854, 21, 'DE:no IT:no ES:no RO:no NL:no']);
    // Italy opposed: 3146 + 1323 = 4469 -> 5532 / 10001 = 55.31 %, 7 not in favour; still 20 members.
    const whatIf = run(eu2025, { no: 'AT FR HU IE PL IT', abstain: 'BE' });
    expect([whatIf.verdict, bp(whatIf.worst), whatIf.worst.members.inFavour, whatIf.worst.blockingMinority.routes]).toEqual(['not_adopted', 5531, 20, ['population']]);
    // Only France (1517) or Italy switching back would leave under 3500 not in favour.
    expect(pivots(whatIf)).toBe('FR:yes IT:yes');
  });
});
