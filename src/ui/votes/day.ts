import { LOCALES, type Locale } from '../../i18n/locales';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar day (YYYY-MM-DD) in the language on screen, without a time: "28 Mar 2023". */
export function day(locale: Locale, iso: string): string {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[locale].dates, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}
