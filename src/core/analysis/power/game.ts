/**
 * A Council rule seen as a simple game: which coalitions of yes-voters win when every other
 * participating member votes no (abstaining counts as no under QMV, Council: "an abstention
 * counts as a vote against"). Absent members are outside the game altogether (Art. 238(3) TFEU).
 *
 * The key fact every algorithm in this folder rests on: under every rule of the treaties a
 * coalition wins or loses by three numbers only, its size k, its Nice weight w and its
 * population p, and it wins iff `w >= weightNeeded && p >= popNeeded[k]`, with `popNeeded`
 * non-increasing in k (±Infinity where size alone decides). Thresholds are derived exactly as in
 * `evaluate.ts`, in integers.
 */
import { atLeastPercent, ceilDiv, sum } from '../../arithmetic';
import type { CountryCode } from '../../rules/countries';
import { countryName } from '../../rules/countries';
import { customBlockingMembers, customPopulationPct, customRequiredMembers } from '../../rules/customRule';
import { blockingMinimum, type Electorate } from '../../rules/evaluate';
import { assertNever, err, ok, type Result } from '../../result';
import type { Rule, Voter } from '../../rules/vote';

/** The most participants an exact computation accepts: two halves of 2^22 subsets at most. */
export const MAX_EXACT_MEMBERS = 44;

export interface Game {
  readonly rule: Rule;
  /** Participants in electorate order; index i of `pops`/`weights` is `codes[i]`. */
  readonly codes: readonly CountryCode[];
  readonly pops: readonly number[];
  /** Nice weighted votes; all zero when the rule has none. */
  readonly weights: readonly number[];
  readonly n: number;
  readonly totalPop: number;
  readonly totalWeight: number;
  /** `popNeeded[k]`: the least population a coalition of k yes-voters needs to win. */
  readonly popNeeded: Float64Array;
  /** The least Nice weight a winning coalition needs; 0 for the other rules. */
  readonly weightNeeded: number;
  /** The thresholds in the treaty's terms, for display. */
  readonly thresholds: GameThresholds;
}

export interface GameThresholds {
  readonly requiredMembers: number;
  /** Persons; null where the rule has no population condition. */
  readonly requiredPopulation: number | null;
  /** Fewest members a blocking minority needs (QMV and custom thresholds with the clause), else null. */
  readonly blockingMembers: number | null;
  readonly requiredWeight: number | null;
}

/**
 * Does a coalition of `k` members with weight `w` and population `p` win? Art. 16(4) TEU,
 * Art. 238 TFEU, as encoded by `gameOf`.
 * @example winsAt(eu27Qmv, 24, 0, 0) // true: three members cannot block (four-member clause)
 */
export function winsAt(game: Game, k: number, w: number, p: number): boolean {
  return w >= game.weightNeeded && p >= game.popNeeded[k]!;
}

interface Shape {
  readonly requiredMembers: number;
  readonly popPct: number | null;
  readonly blockingMembers: number | null;
  readonly weightNeeded: number;
}

function shapeOf(rule: Rule, participants: readonly Voter[], full: boolean): Shape {
  const n = participants.length;
  switch (rule.kind) {
    case 'qmv':
      // Art. 16(4) TEU (full Council: at least 15, blocking minority of 4); Art. 238(3)(a) TFEU.
      return {
        requiredMembers: Math.max(full ? 15 : 0, 1, atLeastPercent(55, n)),
        popPct: 65,
        blockingMembers: full ? 4 : blockingMinimum(participants),
        weightNeeded: 0,
      };
    case 'reinforced':
      // Art. 238(2) and 238(3)(b) TFEU: no blocking-minority clause.
      return { requiredMembers: Math.max(1, atLeastPercent(72, n)), popPct: 65, blockingMembers: null, weightNeeded: 0 };
    case 'simple':
      // Art. 238(1) TFEU; counted among participants as evaluate.ts does (Art. 330 TFEU).
      return { requiredMembers: Math.floor(n / 2) + 1, popPct: null, blockingMembers: null, weightNeeded: 0 };
    case 'unanimity':
      // Art. 238(4) TFEU: with everyone else voting no, only the coalition of all wins.
      return { requiredMembers: Math.max(1, n), popPct: null, blockingMembers: null, weightNeeded: 0 };
    case 'nice': {
      // Act of Accession of Croatia Art. 20: 260 of 352, scaled to the weight taking part.
      const allWeight = sum(participants.map((v) => v.weight ?? 0));
      return {
        requiredMembers: rule.commissionProposal ? Math.floor(n / 2) + 1 : Math.max(1, ceilDiv(2 * n, 3)),
        popPct: rule.populationCheck ? 62 : null,
        blockingMembers: null,
        weightNeeded: ceilDiv(260 * allWeight, 352),
      };
    }
    case 'custom':
      // Custom thresholds, read as Art. 16(4) TEU with other numbers (src/core/rules/customRule.ts).
      return {
        requiredMembers: customRequiredMembers(rule, n),
        popPct: customPopulationPct(rule),
        blockingMembers: customBlockingMembers(rule),
        weightNeeded: 0,
      };
    default:
      return assertNever(rule);
  }
}

/**
 * The participants (all voters when `participating` is undefined), checked: known, not repeated.
 * @example participantsOf(eu27, ['DE', 'FR']) // ok([DE voter, FR voter]) in electorate order
 */
export function participantsOf(electorate: Electorate, participating: readonly CountryCode[] | undefined): Result<Voter[]> {
  if (participating === undefined) return ok([...electorate.voters]);
  const seen = new Set<CountryCode>();
  for (const code of participating) {
    if (!electorate.voters.some((v) => v.code === code)) {
      return err({ code: 'country.unknown', message: `${code} is not a member of this Council.` });
    }
    if (seen.has(code)) return err({ code: 'country.duplicate', message: `${countryName(code)} is listed twice as participating.` });
    seen.add(code);
  }
  return ok(electorate.voters.filter((v) => seen.has(v.code)));
}

/**
 * Builds the game of `rule` among `participating` members (all when undefined).
 * Art. 16(4) TEU; Art. 238(1)-(4) TFEU; Nice weights per Act of Accession of Croatia Art. 20.
 * @example gameOf(eu27, undefined, { kind: 'qmv' }).value.thresholds // { requiredMembers: 15, blockingMembers: 4, ... }
 */
export function gameOf(electorate: Electorate, participating: readonly CountryCode[] | undefined, rule: Rule): Result<Game> {
  const checked = participantsOf(electorate, participating);
  if (!checked.ok) return checked;
  const voters = checked.value;
  if (voters.length > MAX_EXACT_MEMBERS) {
    return err({ code: 'args.invalid', message: `Exact voting power is limited to ${MAX_EXACT_MEMBERS} participants (here ${voters.length}).` });
  }
  if (rule.kind === 'nice') {
    const missing = voters.filter((v) => v.weight === undefined);
    if (missing.length > 0) {
      const names = missing.map((v) => countryName(v.code)).join(', ');
      return err({ code: 'rule.unavailable', message: `The Nice rule has no weighted votes for ${names}.` });
    }
  }
  const n = voters.length;
  const pops = voters.map((v) => v.population);
  const weights = voters.map((v) => (rule.kind === 'nice' ? (v.weight ?? 0) : 0));
  const totalPop = sum(pops);
  const shape = shapeOf(rule, voters, voters.length === electorate.voters.length);
  const requiredPopulation = shape.popPct === null ? null : atLeastPercent(shape.popPct, totalPop);
  const popNeeded = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) {
    if (n === 0 || k < shape.requiredMembers) popNeeded[k] = Infinity;
    // Four-member clause: fewer than `blockingMembers` members not in favour cannot block.
    else if (requiredPopulation === null || (shape.blockingMembers !== null && n - k < shape.blockingMembers)) popNeeded[k] = -Infinity;
    else popNeeded[k] = requiredPopulation;
  }
  return ok({
    rule,
    codes: voters.map((v) => v.code),
    pops,
    weights,
    n,
    totalPop,
    totalWeight: sum(weights),
    popNeeded,
    weightNeeded: shape.weightNeeded,
    thresholds: {
      requiredMembers: shape.requiredMembers,
      requiredPopulation,
      blockingMembers: shape.blockingMembers,
      requiredWeight: rule.kind === 'nice' ? shape.weightNeeded : null,
    },
  });
}

/**
 * The blocking game: a set B of participants blocks iff the others (all in favour) do not win.
 * For integer populations, `B` blocks iff its population q >= totalPop + 1 - popNeeded[n - |B|]
 * (or, with weights, when the others lack weight). Returned as its own population table.
 * @example blockingPopNeeded(eu27Qmv)[4] // the least population four members need to block
 */
export function blockingPopNeeded(game: Game): Float64Array {
  const out = new Float64Array(game.n + 1);
  for (let k = 0; k <= game.n; k++) out[k] = game.totalPop + 1 - game.popNeeded[game.n - k]!;
  return out;
}

/**
 * Does a set of k members with weight w and population p block, i.e. the others, all in
 * favour, do not win? Art. 16(4) TEU second subparagraph; Art. 238(3)(a) TFEU.
 * @example blocksAt(eu27Qmv, 3, 0, totalPop) // false: three members never block under QMV
 */
export function blocksAt(game: Game, k: number, w: number, p: number): boolean {
  return !winsAt(game, game.n - k, game.totalWeight - w, game.totalPop - p);
}

/** Which members a coalition count is restricted to: some must be in it, some must not. */
export interface CoalitionFilter {
  readonly include?: readonly CountryCode[];
  readonly exclude?: readonly CountryCode[];
}

/**
 * Indices of the filter's members in the game, checked to be participants and not contradictory.
 * @example filterIndices(game, { include: ['DE'] }) // ok({ include: [index of DE], exclude: [] })
 */
export function filterIndices(game: Game, filter: CoalitionFilter | undefined): Result<{ include: number[]; exclude: number[] }> {
  const indices = (codes: readonly CountryCode[] | undefined): Result<number[]> => {
    const out: number[] = [];
    for (const code of codes ?? []) {
      const i = game.codes.indexOf(code);
      if (i < 0) return err({ code: 'args.invalid', message: `${code} does not take part in this vote, so it cannot be in a coalition filter.` });
      if (!out.includes(i)) out.push(i);
    }
    return ok(out);
  };
  const include = indices(filter?.include);
  if (!include.ok) return include;
  const exclude = indices(filter?.exclude);
  if (!exclude.ok) return exclude;
  const both = include.value.filter((i) => exclude.value.includes(i));
  if (both.length > 0) {
    return err({ code: 'args.invalid', message: `${game.codes[both[0]!]} cannot be both included in and excluded from the coalitions.` });
  }
  return ok({ include: include.value, exclude: exclude.value });
}
