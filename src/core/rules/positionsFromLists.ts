/**
 * Positions from lists of country codes, one list per position ("DE,FR,IT against"), as typed
 * on a command line or pasted into a form. Every member not named takes one default position.
 */
import { parseCountryCode, type CountryCode } from './countries';
import { err, ok, type AppError, type Result } from '../result';
import { POSITIONS, type Position, type Positions } from './vote';

/** Raw code lists by position, exactly as the user gave them (any case, spaces allowed). */
export type PositionLists = Readonly<Partial<Record<Position, readonly string[]>>>;

/** What is wrong with a list, precisely enough for any front end to word its own message. */
export type PositionListProblem =
  | { readonly kind: 'empty'; readonly list: Position }
  | { readonly kind: 'unknown'; readonly list: Position; readonly input: string; readonly hint?: string }
  | { readonly kind: 'not_member'; readonly list: Position; readonly code: CountryCode }
  | { readonly kind: 'duplicate'; readonly list: Position; readonly code: CountryCode; readonly firstList: Position };

export interface PositionListError extends AppError {
  readonly problem: PositionListProblem;
}

/**
 * Splits "DE, fr,IT" into its items. Empty items are kept (as "") so that the caller can refuse
 * them rather than silently ignore a typing slip.
 * @example splitCodeList('DE, fr,IT') // ['DE', 'fr', 'IT']
 */
export function splitCodeList(text: string): string[] {
  return text.split(',').map((s) => s.trim());
}

function problem(p: PositionListProblem, message: string, code: AppError['code']): Result<never, PositionListError> {
  return err({ code, message, path: p.list, problem: p });
}

/** The hint `parseCountryCode` gives for near misses such as GR (Greece is EL). */
function hintOf(message: string): string | undefined {
  return /\(([^()]+)\)\.$/.exec(message)?.[1];
}

/**
 * Builds complete positions for `members`: each listed code takes its list's position, every
 * other member takes `others`. Refuses empty items, unknown codes, codes that are not members,
 * and any member named twice (in one list or in two), because a member has one position.
 * Not a treaty rule: the input side of Art. 16(4) TEU and Art. 238 TFEU evaluations.
 * @example positionsFromLists(eu27, { no: ['DE', 'fr', 'IT'] }, 'yes') // ok({ BE: 'yes', ..., DE: 'no', ... })
 */
export function positionsFromLists(
  members: readonly CountryCode[],
  lists: PositionLists,
  others: Position,
): Result<Positions, PositionListError> {
  const named = new Map<CountryCode, Position>();
  for (const list of POSITIONS) {
    for (const input of lists[list] ?? []) {
      if (input.trim() === '')
        return problem({ kind: 'empty', list }, `Empty country code in the ${list} list.`, 'country.unknown');
      const parsed = parseCountryCode(input);
      if (!parsed.ok) {
        const hint = hintOf(parsed.error.message);
        return problem(
          { kind: 'unknown', list, input: input.trim(), ...(hint ? { hint } : {}) },
          parsed.error.message,
          'country.unknown',
        );
      }
      const code = parsed.value;
      if (!members.includes(code)) {
        return problem(
          { kind: 'not_member', list, code },
          `${code} is not a member in this Council.`,
          'country.unknown',
        );
      }
      const firstList = named.get(code);
      if (firstList !== undefined) {
        const where =
          firstList === list ? `twice in the ${list} list` : `in both the ${firstList} and the ${list} list`;
        return problem({ kind: 'duplicate', list, code, firstList }, `${code} is given ${where}.`, 'country.duplicate');
      }
      named.set(code, list);
    }
  }
  const positions: Partial<Record<CountryCode, Position>> = {};
  for (const code of members) positions[code] = named.get(code) ?? others;
  return ok(positions);
}
