/**
 * Expected failures (bad input, bad files, bad links) are values, not exceptions.
 * Every error carries a code from the message catalogue in `messages.ts`.
 */
import type { MessageCode } from './messages';

export interface AppError {
  readonly code: MessageCode;
  /** Human-readable, specific: names the file, field or value at fault. */
  readonly message: string;
  /** Where the problem is, e.g. `members[3].code`. */
  readonly path?: string;
}

export type Result<T, E = AppError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = AppError>(error: E): Result<never, E> => ({ ok: false, error });

/** Programmer error: a `switch` over a closed union missed a case. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
