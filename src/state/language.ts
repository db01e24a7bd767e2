/**
 * The interface language: the stored choice, else the browser's first language the app speaks,
 * else English. A language's messages are loaded before the store switches to it, so the screen
 * never shows a half-translated state; the choice is remembered through the storage wrapper.
 */
import { isLocale, loadCatalogue, pickLocale, type Locale } from '../i18n/locales';
import type { KeyValueStore } from './storage';
import { useStore } from './store';

export const LANGUAGE_KEY = 'council-vote.language';

/** The language to start in. */
export function initialLocale(store: KeyValueStore, languages: readonly string[]): Locale {
  const stored = store.get(LANGUAGE_KEY);
  return isLocale(stored) ? stored : pickLocale(languages);
}

/** Loads the language's messages, then shows it. */
export async function localeSwitched(locale: Locale): Promise<void> {
  await loadCatalogue(locale);
  useStore.getState().localeChosen(locale);
}

/**
 * Starts in the stored or browser language and remembers every later choice. Resolves once the
 * first language is ready to render. Returns the unsubscribe.
 */
export async function startLanguage(store: KeyValueStore, languages: readonly string[]): Promise<() => void> {
  await localeSwitched(initialLocale(store, languages));
  return useStore.subscribe((s, prev) => {
    if (s.locale !== prev.locale) store.set(LANGUAGE_KEY, s.locale);
  });
}
