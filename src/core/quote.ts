/**
 * Quoting user input inside an error message: never more than {@link QUOTE_MAX} characters of
 * it, so a 10 MB link or file makes a one-line message, not a 10 MB banner.
 */

export const QUOTE_MAX = 80;

/** Cuts text to `max` characters (not splitting a surrogate pair) and marks the cut with "…". */
export function clip(text: string, max: number = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const whole = /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
  return `${whole}…`;
}

/**
 * A value as it should appear in a message: strings in double quotes (escaped, so a newline
 * cannot break a one-line message), anything else as JSON, at most `max` characters of it.
 * @example quote('majority') // '"majority"'
 * @example quote('x'.repeat(1e7)) // '"xxxx…xxx…" (10000000 characters)'
 */
export function quote(value: unknown, max: number = QUOTE_MAX): string {
  if (typeof value === 'string') {
    const cut = clip(value, max);
    return cut === value ? JSON.stringify(value) : `${JSON.stringify(cut)} (${value.length} characters)`;
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return clip(text, max);
}
