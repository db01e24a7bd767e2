/**
 * node:util's parseArgs, strict, with every mistake turned into one `AppError` of a single line;
 * the building blocks of every command's parser.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { quote, QUOTE_MAX } from '../core/format';
import type { MessageCode } from '../core/messages';
import { err, ok, type AppError, type Result } from '../core/result';

export const fail = (message: string, code: MessageCode = 'args.invalid'): Result<never> => err({ code, message });
/** A flag or word as typed, kept bare when short and printable, else quoted and cut (see `quote`). */
export const bare = (text: string): string => (text.length <= QUOTE_MAX && !/[\p{C}\u2028\u2029"]/u.test(text) ? text : quote(text));
export const oneOf = (xs: readonly string[]) => `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;

/** The option a `node:util` parseArgs message is about: "Unknown option '--foo'" -> "--foo". */
function optionIn(message: string): string {
  return /'(-[^' ]*)/.exec(message)?.[1] ?? /'([^']*)'/.exec(message)?.[1] ?? '';
}

/** parseArgs (strict) reports several lines and a Node error code; we say one line. */
function parseArgsError(e: unknown): AppError {
  const code = e instanceof Error && 'code' in e ? String(e.code) : '';
  const message = e instanceof Error ? e.message : String(e);
  const option = optionIn(message);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return { code: 'args.invalid', message: `unknown option ${bare(option)} (see council-vote --help)` };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return { code: 'args.invalid', message: `unexpected argument ${quote(option)}` };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take an argument')
        ? { code: 'args.invalid', message: `${bare(option)} does not take a value` }
        : { code: 'args.invalid', message: `missing value for ${bare(option)}` };
    default:
      return { code: 'args.invalid', message: bare(message.split('\n')[0] ?? 'invalid arguments') };
  }
}

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  try {
    return ok(parseArgs({ args: [...args], options, strict: true, allowPositionals: false }));
  } catch (e) {
    return err(parseArgsError(e));
  }
}

/** A value that may be given once only; repeating it is refused rather than letting the last win. */
export function single(values: readonly string[] | undefined, name: string): Result<string | undefined> {
  if (values === undefined) return ok(undefined);
  if (values.length > 1) return fail(`--${name} is given more than once`);
  return ok(values[0]);
}
