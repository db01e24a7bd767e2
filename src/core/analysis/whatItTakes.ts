/**
 * What would it take? The fewest members whose change of vote would adopt the act, or block it,
 * looking first among the undecided and then among everyone; and the closest blocking
 * coalitions that contain given members ("with Germany against, who else is needed?").
 *
 * Exact: every answer comes from the rule's game (power/game.ts), in which a coalition wins by
 * its size, Nice weight and population only, searched by branch and bound (smallestSets.ts).
 */
import type { CountryCode } from '../rules/countries';
import type { Electorate } from '../rules/evaluate';
import { blocksAt, gameOf, winsAt, type Game } from './power/game';
import { smallestSets, type Candidate, type SmallestSets } from './power/smallestSets';
import { err, ok, type Result } from '../result';
import type { Position, Positions, Rule } from '../rules/vote';

export interface MemberSet {
  readonly codes: readonly CountryCode[];
  /** Their population, persons (point figures). */
  readonly population: number;
  /** Their share of the participants' population, 0 to 1. */
  readonly share: number;
}

export interface SwitchSearch {
  /** The fewest members that must change; null when no such change exists (or it was not found, see `truncated`). */
  readonly size: number | null;
  /** Sets of that size, least population first. */
  readonly sets: readonly MemberSet[];
  /** How many sets of that size would do; a lower bound when `truncated`. */
  readonly count: number;
  readonly truncated: boolean;
}

/** One direction: the undecided alone, then everyone who could still change. */
export interface Direction {
  readonly amongUndecided: SwitchSearch;
  readonly amongAll: SwitchSearch;
}

export interface WhatItTakes {
  /** Switches to "yes" that adopt the act even if every other undecided member votes against; null when it is adopted already. */
  readonly toAdopt: Direction | null;
  /** Switches to "no" that block the act even if every other undecided member votes in favour; null when it fails already. */
  readonly toBlock: Direction | null;
}

export interface TakesOptions {
  /** Most sets listed per answer. */
  readonly limit?: number;
}

const DEFAULT_LIMIT = 10;

/**
 * The positions as the game sees them: under unanimity an abstention does not prevent
 * adoption (Art. 238(4) TFEU), so it stands with the votes in favour.
 */
function effective(position: Position, rule: Rule): 'for' | 'against' | 'undecided' | 'out' {
  if (position === 'absent') return 'out';
  if (position === 'yes' || (position === 'abstain' && rule.kind === 'unanimity')) return 'for';
  return position === 'undecided' ? 'undecided' : 'against';
}

function candidatesOf(game: Game, indices: readonly number[]): Candidate[] {
  return indices.map((i) => ({ id: i, pop: game.pops[i]!, weight: game.weights[i]! }));
}

function toSearch(game: Game, found: SmallestSets): SwitchSearch {
  return {
    size: found.size,
    sets: found.sets.map((s) => ({ codes: s.ids.map((i) => game.codes[i]!), population: s.pop, share: s.pop / game.totalPop })),
    count: found.count,
    truncated: found.truncated,
  };
}

const sumOf = (game: Game, indices: readonly number[], of: 'pops' | 'weights') => indices.reduce((s, i) => s + game[of][i]!, 0);

/**
 * The smallest changes of vote that decide the act either way, from the positions on screen.
 * Art. 16(4) TEU and Art. 238 TFEU, through the rule's game; a change "to no" blocks under every
 * rule (an abstention would not, under unanimity).
 * @example whatItTakes(eu27, { DE: 'no', FR: 'no', IT: 'no', PL: 'no' }, { kind: 'qmv' })
 * // toBlock: null (blocked already); toAdopt.amongAll.size: 1 (any of the four changing to yes)
 */
export function whatItTakes(electorate: Electorate, positions: Positions, rule: Rule, options: TakesOptions = {}): Result<WhatItTakes> {
  const stance = new Map(electorate.voters.map((v) => [v.code, effective(positions[v.code] ?? 'undecided', rule)]));
  const participating = electorate.voters.filter((v) => stance.get(v.code) !== 'out').map((v) => v.code);
  const built = gameOf(electorate, participating, rule);
  if (!built.ok) return built;
  const game = built.value;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const of = (s: 'for' | 'against' | 'undecided') => game.codes.flatMap((c, i) => (stance.get(c) === s ? [i] : []));
  const [yes, against, undecided] = [of('for'), of('against'), of('undecided')];

  const adopt = (pool: readonly number[]): SwitchSearch => {
    const [k, w, p] = [yes.length, sumOf(game, yes, 'weights'), sumOf(game, yes, 'pops')];
    return toSearch(game, smallestSets(candidatesOf(game, pool), (m, dw, dp) => winsAt(game, k + m, w + dw, p + dp), { limit }));
  };
  const hopeful = [...yes, ...undecided];
  const block = (pool: readonly number[]): SwitchSearch => {
    const [k, w, p] = [against.length, sumOf(game, against, 'weights'), sumOf(game, against, 'pops')];
    return toSearch(game, smallestSets(candidatesOf(game, pool), (m, dw, dp) => blocksAt(game, k + m, w + dw, p + dp), { limit }));
  };
  const adoptedAnyway = winsAt(game, yes.length, sumOf(game, yes, 'weights'), sumOf(game, yes, 'pops'));
  const failsAnyway = !winsAt(game, hopeful.length, sumOf(game, hopeful, 'weights'), sumOf(game, hopeful, 'pops'));
  // When nobody else could change, "among everyone" is the same question: ask it once.
  const both = (search: (pool: readonly number[]) => SwitchSearch, wider: readonly number[]): Direction => {
    const amongUndecided = search(undecided);
    return { amongUndecided, amongAll: wider.length === undecided.length ? amongUndecided : search(wider) };
  };
  return ok({
    toAdopt: adoptedAnyway ? null : both(adopt, [...undecided, ...against]),
    toBlock: failsAnyway ? null : both(block, hopeful),
  });
}

export interface BlockingCoalitions extends SwitchSearch {
  /** The members every coalition contains. */
  readonly with: readonly CountryCode[];
  /** True when those members block on their own. */
  readonly alreadyBlocking: boolean;
}

/**
 * The closest blocking coalitions that contain `withMembers`: the fewest further members, then
 * the least population, among the participants (absent members are outside the vote) and never
 * `without`. Art. 16(4) TEU second subparagraph; Art. 238(3)(a) TFEU.
 * @example blockingCoalitions(eu27, undefined, { kind: 'qmv' }, ['DE'])
 * // size 3: Germany and three others, e.g. France, Italy and a further member
 */
export function blockingCoalitions(
  electorate: Electorate,
  participating: readonly CountryCode[] | undefined,
  rule: Rule,
  withMembers: readonly CountryCode[],
  without: readonly CountryCode[] = [],
  options: TakesOptions = {},
): Result<BlockingCoalitions> {
  const built = gameOf(electorate, participating, rule);
  if (!built.ok) return built;
  const game = built.value;
  const index = (code: CountryCode): Result<number> => {
    const i = game.codes.indexOf(code);
    return i < 0 ? err({ code: 'args.invalid', message: `${code} does not take part in this vote, so it cannot be in a blocking coalition.` }) : ok(i);
  };
  const fixed: number[] = [];
  for (const code of withMembers) {
    const i = index(code);
    if (!i.ok) return i;
    if (!fixed.includes(i.value)) fixed.push(i.value);
  }
  const left: number[] = [];
  for (const code of without) {
    const i = index(code);
    if (!i.ok) return i;
    if (fixed.includes(i.value)) return err({ code: 'args.invalid', message: `${code} cannot be both in and out of the blocking coalition.` });
    left.push(i.value);
  }
  const [k, w, p] = [fixed.length, sumOf(game, fixed, 'weights'), sumOf(game, fixed, 'pops')];
  const pool = game.codes.map((_, i) => i).filter((i) => !fixed.includes(i) && !left.includes(i));
  const found = toSearch(
    game,
    smallestSets(candidatesOf(game, pool), (m, dw, dp) => blocksAt(game, k + m, w + dw, p + dp), { limit: options.limit ?? DEFAULT_LIMIT }),
  );
  const withCodes = fixed.map((i) => game.codes[i]!);
  return ok({
    ...found,
    sets: found.sets.map((s) => ({ codes: [...withCodes, ...s.codes], population: p + s.population, share: (p + s.population) / game.totalPop })),
    with: withCodes,
    alreadyBlocking: found.size === 0,
  });
}

/**
 * Where a switch leaves the vote: the population in favour before any switch — the declared yes
 * votes for a switch to yes (the other undecided vote no), the declared and undecided for a switch
 * to no (they vote yes) — out of the participating population.
 * @example switchBase(eu27, positions, 'yes') // { inFavour: 15919727, of: 451028881 }
 */
export function switchBase(electorate: Electorate, positions: Positions, to: 'yes' | 'no'): { readonly inFavour: number; readonly of: number } {
  const pos = (code: CountryCode): Position => positions[code] ?? 'undecided';
  const taking = electorate.voters.filter((v) => pos(v.code) !== 'absent');
  const counted = taking.filter((v) => pos(v.code) === 'yes' || (to === 'no' && pos(v.code) === 'undecided'));
  return { inFavour: counted.reduce((n, v) => n + v.population, 0), of: taking.reduce((n, v) => n + v.population, 0) };
}
