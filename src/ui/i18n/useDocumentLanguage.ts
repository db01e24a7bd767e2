import { useEffect } from 'react';
import type { Translator } from '../../i18n/translator';

/** Keeps <html lang> and the page title in the language on screen (editing and presentation alike). */
export function useDocumentLanguage(tr: Translator): void {
  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = tr.t('app.title');
  }, [tr]);
}
