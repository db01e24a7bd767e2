/**
 * The languages the app speaks. Adding one: copy en.ts to xx.ts, translate it (the typecheck
 * fails until every key is there), and add one line here.
 */
import enScreen from './enScreen';
import type { Catalogue } from './en';

/**
 * The English on screen: the first screen's messages, joined by each other part when the code
 * showing it loads ({@link addEnglish}). The other languages are loaded whole, on demand.
 */
const english: Record<string, string> = { ...enScreen };
const en = english as Catalogue;

/** Adds a part of the English messages; each part's register.ts calls it, imported by the code that shows the part. */
export function addEnglish(part: Readonly<Record<string, string>>): void {
  Object.assign(english, part);
}

interface LocaleInfo {
  /** The language's own name, shown in the language chooser. */
  readonly name: string;
  /** Locale for dates, where the app's English writes British dates. */
  readonly dates: string;
  /** English is bundled; the others are loaded on demand so the first screen stays small. */
  readonly load: () => Promise<Catalogue>;
}

export const LOCALES = {
  en: { name: 'English', dates: 'en-GB', load: () => Promise.resolve(en) },
  fr: { name: 'Français', dates: 'fr', load: () => import('./fr').then((m) => m.default) },
  de: { name: 'Deutsch', dates: 'de', load: () => import('./de').then((m) => m.default) },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALES;
export const LOCALE_IDS = Object.keys(LOCALES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && Object.hasOwn(LOCALES, x);
}

/**
 * The first of the browser's preferred languages the app speaks, else English.
 * @example pickLocale(['de-CH', 'fr']) // 'de'
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

const loaded = new Map<Locale, Catalogue>([['en', en]]);

/** Loads a language's catalogue once; English on failure (offline before the chunk was cached). */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const have = loaded.get(locale);
  if (have) return have;
  try {
    const c = await LOCALES[locale].load();
    loaded.set(locale, c);
    return c;
  } catch {
    return en;
  }
}

/** The catalogue if already loaded; English otherwise. */
export function catalogueOf(locale: Locale): Catalogue {
  return loaded.get(locale) ?? en;
}

export function isLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}
