export { DEFAULT_LOCALE, LOCALE_IDS, LOCALES, isLocale, loadCatalogue, pickLocale, type Locale } from './locales';
export { translator, fill, type Params, type PluralKey, type Translator } from './translator';
export { conditionLabel } from './conditions';
export type { Catalogue, MessageKey } from './en';
