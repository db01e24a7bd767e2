/**
 * Display formatting. English by default (exports, CLI); the UI passes its locale for the
 * numbers, and words around them come from the UI's translations. No verdict depends on these floats.
 */

interface NumberFormatter {
  format(n: number): string;
}

/** Adds one to the last digit of a string of decimal digits: "1299" -> "1300", "99" -> "100". */
function increment(digits: string): string {
  const out = digits.split('');
  let k = out.length - 1;
  for (; k >= 0 && out[k] === '9'; k--) out[k] = '0';
  if (k < 0) out.unshift('1');
  else out[k] = String(Number(out[k]) + 1);
  return out.join('');
}

/**
 * English digits, grouped by commas, exactly as `Intl.NumberFormat('en')` writes them (checked
 * against it by tests/core/format.test.ts): the shortest decimal that round-trips, rounded half
 * away from zero. The first Intl.NumberFormat of a page loads ICU's number data, which cost the
 * first screen ~70 ms on a throttled CPU; English, the language most screens start in, does
 * without. `null` digits: up to three, as Intl's default. Exponent forms go to Intl.
 * @example englishNumber(2).format(1234.5) // "1,234.50"
 */
export function englishNumber(digits: number | null): NumberFormatter {
  const d = digits ?? 3;
  return {
    format(n) {
      const shortest = String(Math.abs(n));
      if (!/^\d+(\.\d+)?$/.test(shortest)) {
        return new Intl.NumberFormat('en', digits === null ? {} : { minimumFractionDigits: d, maximumFractionDigits: d }).format(n);
      }
      const [whole, fraction = ''] = shortest.split('.') as [string, string?];
      let kept = whole + fraction.slice(0, d).padEnd(d, '0');
      if ((fraction[d] ?? '0') >= '5') kept = increment(kept);
      let int = kept.slice(0, kept.length - d);
      let frac = kept.slice(kept.length - d);
      if (digits === null) frac = frac.replace(/0+$/, '');
      int = int.replace(/\B(?=(\d{3})+$)/g, ',');
      const sign = n < 0 || Object.is(n, -0) ? '-' : '';
      return `${sign}${int}${frac ? `.${frac}` : ''}`;
    },
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * A calendar day (YYYY-MM-DD) in British English, exactly as `Intl.DateTimeFormat('en-GB',
 * { dateStyle: 'long', timeZone: 'UTC' })` writes it (checked by tests/core/format.test.ts),
 * without loading ICU's date data: the first Intl.DateTimeFormat of a page cost the first screen
 * ~40 ms on a throttled CPU. Anything but a plain day goes to Intl.
 * @example englishDay('2025-12-31') // "31 December 2025"
 */
export function englishDay(iso: string): string {
  const m = /^([1-9]\d{3})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  // Not a real day (31 February): Intl's reading of it, whatever that is.
  if (!m || !month || new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDate() !== Number(m[3])) {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  }
  return `${Number(m[3])} ${month} ${m[1]}`;
}

const formats = new Map<string, NumberFormatter>();
/** One cached formatter per locale and option set: construction is the expensive part. */
function numberFormat(locale: string, digits: number | null, style: 'decimal' | 'percent' = 'decimal'): NumberFormatter {
  const key = `${locale}|${digits}|${style}`;
  let f = formats.get(key);
  if (!f) {
    f =
      locale === 'en' && style === 'decimal'
        ? englishNumber(digits)
        : new Intl.NumberFormat(locale, digits === null ? { style } : { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

/**
 * A value already in percent, with fixed decimals. English keeps the EU style guide's "66.1 %";
 * other locales follow their own convention ("66,1 %" in French and German).
 * @example percentValue(66.12, 1, 'fr') // "66,1 %" (with the locale's non-breaking space)
 */
export function percentValue(value: number, digits: number, locale = 'en'): string {
  if (locale === 'en') return `${numberFormat(locale, digits).format(value)} %`;
  return numberFormat(locale, digits, 'percent').format(value / 100);
}

/** 0.6612 of a whole -> "66.1 %". */
export const percentOf = (part: number, whole: number, locale = 'en'): string => percentValue(whole === 0 ? 0 : (part / whole) * 100, 1, locale);
export const percent2Of = (part: number, whole: number, locale = 'en'): string => percentValue(whole === 0 ? 0 : (part / whole) * 100, 2, locale);
/** The population thresholds a share is read against: 65 % and 35 % (Art. 16(4) TEU), 62 % and 38 % (Nice). */
const NEAR = [65, 35, 62, 38];
/**
 * A population share as the verdict states it: one decimal, or two within 0.15 points of a
 * threshold, where one decimal would round onto it ("64.98 %", never "65.0 %" for a share that fails).
 * @example shareOf(64.98, 100) // "64.98 %"
 */
export const shareOf = (part: number, whole: number, locale = 'en'): string => {
  const pct = whole === 0 ? 0 : (part / whole) * 100;
  return percentValue(pct, NEAR.some((t) => Math.abs(pct - t) < 0.15) ? 2 : 1, locale);
};
/** A number with fixed decimals in the locale: decimal(5.91, 1, 'de') -> "5,9". */
export const decimal = (n: number, digits: number, locale = 'en'): string => numberFormat(locale, digits).format(n);
/** Percentage points with one decimal, two below 0.1 (never "0.0 percentage points"). */
export const pointsDigits = (pp: number): number => (Math.abs(pp) < 0.1 ? 2 : 1);
export const points = (pp: number): string => `${decimal(Math.abs(pp), pointsDigits(pp))} percentage point${decimal(Math.abs(pp), 1) === '1.0' ? '' : 's'}`;
/** A fraction 0–1 as a percentage with fixed decimals: 0.27361 -> "27.36 %". */
export const fractionPercent = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)} %`;
export const count = (n: number, locale = 'en'): string => numberFormat(locale, null).format(n);

/** 5 912 000 -> "5.9 million people"; 850 000 -> "850,000 people". */
export function people(n: number): string {
  if (n >= 1_000_000) return `${decimal(n / 1_000_000, 1)} million ${n === 1 ? 'person' : 'people'}`;
  return `${count(n)} ${n === 1 ? 'person' : 'people'}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

/** How much of a bad input a message repeats: enough to recognise it, never a whole pasted file. */
export const QUOTE_MAX = 80;

/**
 * Typed or pasted text as a message quotes it: on one line (line breaks and other control
 * characters escaped), in double quotes, cut to {@link QUOTE_MAX} characters with its length said.
 * @example quote('a'.repeat(1000)) // '"aaaa…aaaa…" (1,000 characters)'
 */
export function quote(value: unknown, max = QUOTE_MAX): string {
  if (typeof value !== 'string') return clip(jsonOf(value), max);
  const chars = Array.from(value);
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  const oneLine = cut.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `"${oneLine}"${chars.length > max ? ` (${count(chars.length)} characters)` : ''}`;
}

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Cuts text to `max` characters (never splitting a surrogate pair) and marks the cut with "…". */
export function clip(text: string, max: number = QUOTE_MAX): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
