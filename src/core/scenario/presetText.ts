/**
 * The reader-facing texts of presets in every language the app speaks, their checks, and the
 * words (confidence, sources, dates) that presets put into the scenarios they open. Shared
 * checking helpers of the preset gate live here too.
 */
import type { Confidence } from '../data/dataset';
import type { CodeKey } from '../rules/countries';
import { err, ok, type Result } from '../result';
import { NAME_MAX } from './scenario';
import type { PresetLanguage } from './longDate';

/** The languages every preset is written in; the first is the file's own. */
export const PRESET_LANGUAGES = ['en', 'fr', 'de'] as const;
export type { PresetLanguage };
export type TranslatedLanguage = Exclude<PresetLanguage, 'en'>;

/** A preset's reader-facing texts in one language. */
export interface PresetTexts {
  readonly title: string;
  readonly summary: string;
  readonly note?: string;
  readonly datasetNote?: string;
  /** The what-if's question. */
  readonly whatIf?: string;
  /** The note of each member that has one. */
  readonly notes: Readonly<Partial<Record<CodeKey, string>>>;
}

export type Raw = Record<string, unknown>;
export const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
export const isText = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;
export const oneOf = <T extends string>(list: readonly T[], x: unknown): x is T => typeof x === 'string' && (list as readonly string[]).includes(x);

/**
 * A preset file's fault, naming the file and the field.
 * @example fail('data/presets/x.json', 'title', 'is missing') // "data/presets/x.json: title is missing."
 */
export function fail(file: string, path: string, problem: string): Result<never> {
  return err({ code: 'scenario.invalid', message: `${file}: ${path} ${problem}.`, path });
}

/** The first key of `o` not in `allowed`: preset files are closed, so a typo is refused, not ignored. */
export function unknownKey(o: Raw, allowed: readonly string[]): string | undefined {
  return Object.keys(o).find((k) => !allowed.includes(k));
}

function parseTexts(file: string, at: string, raw: unknown, english: PresetTexts): Result<PresetTexts> {
  if (!isObject(raw)) return fail(file, at, 'must be an object with the translated texts');
  const fields = ['title', 'summary', 'note', 'datasetNote', 'whatIf'] as const;
  const extra = unknownKey(raw, [...fields, 'notes']);
  if (extra) return fail(file, `${at}.${extra}`, 'is not a known field');
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const wanted = english[f] !== undefined;
    if (wanted && !isText(raw[f])) return fail(file, `${at}.${f}`, 'is missing: the English has it');
    if (!wanted && raw[f] !== undefined) return fail(file, `${at}.${f}`, 'is given, but the English has none');
    if (wanted) out[f] = raw[f];
  }
  if (String(out.title).length > NAME_MAX) return fail(file, `${at}.title`, `is longer than ${NAME_MAX} characters`);
  const notes = raw.notes ?? {};
  if (!isObject(notes)) return fail(file, `${at}.notes`, 'must be an object keyed by member code');
  const kept: Record<string, string> = {};
  for (const code of new Set([...Object.keys(english.notes), ...Object.keys(notes)])) {
    if (!(code in english.notes)) return fail(file, `${at}.notes.${code}`, 'is given, but the English has no note on this member');
    if (!isText(notes[code])) return fail(file, `${at}.notes.${code}`, 'is missing: the English has a note on this member');
    kept[code] = notes[code];
  }
  return ok({ ...(out as Omit<PresetTexts, 'notes'>), notes: kept });
}

/**
 * The gate for a preset file's `translations`: every language other than English, each with
 * exactly the fields the English has (a note where the English has a note, and so on) and a note
 * on exactly the members the English notes.
 * @example parseTranslations(file, raw.translations, englishTexts(preset)).value.fr.title
 */
export function parseTranslations(file: string, raw: unknown, english: PresetTexts): Result<Record<TranslatedLanguage, PresetTexts>> {
  if (!isObject(raw)) return fail(file, 'translations', `must be an object with the texts in ${PRESET_LANGUAGES.slice(1).join(', ')}`);
  const languages = PRESET_LANGUAGES.filter((l): l is TranslatedLanguage => l !== 'en');
  const extra = unknownKey(raw, languages);
  if (extra) return fail(file, `translations.${extra}`, 'is not a language of this app');
  const out: Partial<Record<TranslatedLanguage, PresetTexts>> = {};
  for (const lang of languages) {
    const t = parseTexts(file, `translations.${lang}`, raw[lang], english);
    if (!t.ok) return t;
    out[lang] = t.value;
  }
  return ok(out as Record<TranslatedLanguage, PresetTexts>);
}

/** How sure a report is, in words, per language. */
export const CONFIDENCE_WORDS: Readonly<Record<PresetLanguage, { readonly label: string; readonly words: Readonly<Record<Confidence, string>> }>> = {
  en: { label: 'Confidence: ', words: { high: 'high', 'medium-high': 'fairly high', medium: 'medium', 'low-medium': 'fairly low', low: 'low' } },
  fr: { label: 'Fiabilité : ', words: { high: 'élevée', 'medium-high': 'assez élevée', medium: 'moyenne', 'low-medium': 'assez faible', low: 'faible' } },
  de: { label: 'Verlässlichkeit: ', words: { high: 'hoch', 'medium-high': 'eher hoch', medium: 'mittel', 'low-medium': 'eher gering', low: 'gering' } },
};

export const SOURCES_WORD: Readonly<Record<PresetLanguage, string>> = { en: 'Sources: ', fr: 'Sources : ', de: 'Quellen: ' };

