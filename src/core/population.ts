/**
 * Populations in whole persons: the one validating constructor for every figure the user or a
 * file gives (command line, the analysis what-if, dataset files, the Annex III import).
 */
import { count, quote } from './format';
import { err, ok, type Result } from './result';

declare const personsBrand: unique symbol;
/** A member's population in whole persons, 1 to {@link MAX_MEMBER_POPULATION}. */
export type Persons = number & { readonly [personsBrand]: true };

/**
 * The most persons one member may have: above the most populous country on Earth (about 1.45
 * billion), and small enough that every threshold product stays an exact integer. With up to
 * 100 members, 100 % of their total is at most 2 * 10^13, far below 2^53 (about 9 * 10^15).
 */
export const MAX_MEMBER_POPULATION = 2_000_000_000;

/**
 * A population from typed text (digits only, surrounding spaces ignored) or a number already
 * parsed; `subject` names it in the message, e.g. `Population of Malta` or
 * `the population of MT in --population`. Codes: `population.empty`, `population.invalid` (not a
 * positive whole number), `population.too_large` (over {@link MAX_MEMBER_POPULATION}).
 * @example parsePersons('514 564'.replace(/ /g, ''), 'Population of Malta') // ok(514564)
 * @example parsePersons('99999999999999', 'Population of Malta') // err population.too_large
 */
export function parsePersons(input: string | number, subject: string): Result<Persons> {
  const text = typeof input === 'number' ? String(input) : input.trim();
  if (text === '') return err({ code: 'population.empty', message: `${subject} is empty: type a whole number of persons.` });
  const whole = typeof input === 'number' ? Number.isInteger(input) : /^\d+$/.test(text);
  const value = whole ? Number(text) : NaN;
  if (!whole || !(value > 0)) {
    return err({ code: 'population.invalid', message: `${subject} must be a positive whole number of persons (got ${quote(text)}).` });
  }
  if (value > MAX_MEMBER_POPULATION) {
    const got = text.length > 40 ? `${text.length} digits` : count(value);
    return err({ code: 'population.too_large', message: `${subject} must be at most ${count(MAX_MEMBER_POPULATION)} persons (got ${got}).` });
  }
  return ok(value as Persons);
}
