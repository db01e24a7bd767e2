/**
 * `t(key, params)` over a catalogue, with the locale's numbers, plurals, lists and country names.
 */
import { countryName, type CountryCode } from '../core/rules/countries';
import { count, decimal, englishDay, percent2Of, percentOf, percentValue, pointsDigits, shareOf } from '../core/format';
import type { Catalogue, MessageKey } from './en';
import { catalogueOf, LOCALES, type Locale } from './locales';
import { datasetName } from './datasetNames';

export type Params = Readonly<Record<string, string | number>>;
/** Keys with plural forms: `x` when the catalogue has `x_one` and `x_other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

export interface Translator {
  readonly locale: Locale;
  /** The message, with `{name}` replaced by params.name. */
  t(key: MessageKey, params?: Params): string;
  /** The plural form for n, with `{n}` the formatted number. */
  tp(key: PluralKey, n: number, params?: Params): string;
  count(n: number): string;
  decimal(n: number, digits: number): string;
  percentOf(part: number, whole: number): string;
  percent2Of(part: number, whole: number): string;
  /** A population share as the verdict states it: two decimals near a threshold (see shareOf). */
  share(part: number, whole: number): string;
  /** A value already in percent: 65 -> "65 %". */
  percent(value: number, digits?: number): string;
  /** "5.9 million people", "850,000 people". */
  people(n: number): string;
  /** "4.2 percentage points". */
  points(pp: number): string;
  /** "a, b and c". */
  and(items: readonly string[]): string;
  country(code: CountryCode): string;
  /** Compares two names in the locale's alphabetical order. */
  compare(a: string, b: string): number;
  date(iso: string): string;
  /** A calendar day, YYYY-MM-DD -> "31 December 2025", whatever the time zone. */
  day(iso: string): string;
  /** A population table's name in this language: "Council 2025 (EU-27)" -> "Rat 2025 (EU-27)". */
  dataset(d: { readonly id: string; readonly label: string }): string;
}

/** Council codes that differ from ISO 3166 region codes. */
const REGION: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/**
 * A key whose part of the English catalogue has not joined the screen (its register.ts was not
 * imported by the code showing it): an error in development and tests, the key itself in a build.
 */
function missing(key: string): string {
  if ((import.meta as { env?: { DEV?: boolean } }).env?.DEV) throw new Error(`No message "${key}" on screen: import its part's register.ts where it is shown.`);
  return key;
}

export function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * "a, b, and c" exactly as Intl.ListFormat('en', conjunction) writes it (tests/i18n/i18n.test.ts),
 * without loading ICU's list data on the way to the first screen.
 */
export function englishList(items: Iterable<string>): string {
  const xs = [...items];
  if (xs.length <= 2) return xs.join(' and ');
  return `${xs.slice(0, -1).join(', ')}, and ${xs[xs.length - 1]}`;
}

/** A value computed on first call, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

function build(locale: Locale): Translator {
  const cat = catalogueOf(locale);
  // Each Intl object is built on first use: building them all up front (ICU data for plurals,
  // lists, collation, regions and dates) delayed the first screen by tens of milliseconds.
  // English plurals are "one" for exactly 1 (as CLDR says), without loading ICU's plural data.
  const rules = once(() => (locale === 'en' ? { select: (n: number) => (n === 1 ? 'one' : 'other') } : new Intl.PluralRules(locale)));
  const list = once(() => (locale === 'en' ? { format: englishList } : new Intl.ListFormat(locale, { type: 'conjunction' })));
  const collator = once(() => new Intl.Collator(locale));
  // English keeps the EU Interinstitutional Style Guide's names; the others come from CLDR.
  const regions = once(() => (locale === 'en' ? null : new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })));
  const dates = once(() => new Intl.DateTimeFormat(LOCALES[locale].dates, { dateStyle: 'medium', timeStyle: 'short' }));
  const days = once(() => new Intl.DateTimeFormat(LOCALES[locale].dates, { dateStyle: 'long', timeZone: 'UTC' }));
  const t = (key: MessageKey, params?: Params) => fill(cat[key] ?? missing(key), params);
  const tp = (key: PluralKey, n: number, params?: Params, shown = count(n, locale)) =>
    t(`${key}_${rules().select(n) === 'one' ? 'one' : 'other'}` as MessageKey, { ...params, n: shown });
  const tr: Translator = {
    locale,
    t,
    tp: (key, n, params) => tp(key, n, params),
    count: (n) => count(n, locale),
    decimal: (n, digits) => decimal(n, digits, locale),
    percentOf: (part, whole) => percentOf(part, whole, locale),
    percent2Of: (part, whole) => percent2Of(part, whole, locale),
    share: (part, whole) => shareOf(part, whole, locale),
    percent: (value, digits = 0) => percentValue(value, digits, locale),
    people: (n) => {
      if (n < 1_000_000) return tp('n.person', n);
      const millions = Math.round(n / 100_000) / 10;
      return tp('n.millionPeople', millions, {}, decimal(millions, 1, locale));
    },
    points: (pp) => {
      const digits = pointsDigits(pp);
      const v = Math.round(Math.abs(pp) * 10 ** digits) / 10 ** digits;
      return tp('n.point', v, {}, decimal(v, digits, locale));
    },
    and: (items) => list().format(items),
    country: (code) => (regions()?.of(REGION[code] ?? code) ?? countryName(code)),
    compare: (a, b) => collator().compare(a, b),
    date: (iso) => dates().format(new Date(iso)),
    // English days by hand: the first screen states a date, and ICU's date data is slow to load.
    day: (iso) => (locale === 'en' ? englishDay(iso) : days().format(new Date(`${iso}T00:00:00Z`))),
    dataset: (d) => datasetName(d, locale),
  };
  return tr;
}

const made = new Map<Locale, { readonly from: Catalogue; readonly tr: Translator }>();

/** The translator for a locale whose catalogue is loaded (English stands in for one that is not). */
export function translator(locale: Locale): Translator {
  const cat = catalogueOf(locale);
  let entry = made.get(locale);
  // Rebuilt once the catalogue has arrived, if it was asked for before.
  if (entry?.from !== cat) {
    entry = { from: cat, tr: build(locale) };
    made.set(locale, entry);
  }
  return entry.tr;
}
