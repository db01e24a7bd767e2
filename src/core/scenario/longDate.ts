/** Dates written out in the languages presets are written in (English, French, German). */
export type PresetLanguage = 'en' | 'fr' | 'de';

const DATE_LOCALE: Readonly<Record<PresetLanguage, string>> = { en: 'en-GB', fr: 'fr', de: 'de' };

/**
 * A calendar date written out in a preset language.
 * @example longDate('2025-10-08', 'de') // "8. Oktober 2025"
 */
export function longDate(iso: string, lang: PresetLanguage): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
