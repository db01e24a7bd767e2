/**
 * Ordering of machine text (ISO dates, ids): by UTF-16 code units. `localeCompare` would do the
 * same for ASCII but builds an ICU collator on first use, which costs tens of milliseconds on a
 * slow phone while the app starts.
 * @example ['2024-06-20', '2020-01-01'].sort(ordinal) // ['2020-01-01', '2024-06-20']
 */
export function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
