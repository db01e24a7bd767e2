import { LOCALES, type Locale } from '../../i18n/locales';

const formats = new Map<Locale, Intl.DateTimeFormat>();
/** Days already written, per language: a list row scrolled or filtered back into view asks again. */
const written = new Map<string, string>();

/** A calendar day (YYYY-MM-DD) in the language on screen, without a time: "28 Mar 2023". */
export function day(locale: Locale, iso: string): string {
  const key = `${locale} ${iso}`;
  const known = written.get(key);
  if (known !== undefined) return known;
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[locale].dates, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, f);
  }
  const text = f.format(new Date(`${iso}T00:00:00Z`));
  written.set(key, text);
  return text;
}
