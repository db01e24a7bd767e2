import { useEffect } from 'react';
import { LOCALE_IDS, LOCALES, isLocale } from '../../i18n/locales';
import { localeSwitched } from '../../state/language';
import { useT } from './useT';

/** The interface language, each named in itself; keeps <html lang> and the page title in step. */
export function LanguageSelect() {
  const tr = useT();
  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = tr.t('app.title');
  }, [tr]);
  return (
    <label className="field">
      <span className="field__label">{tr.t('language.label')}</span>
      <select value={tr.locale} onChange={(e) => isLocale(e.target.value) && void localeSwitched(e.target.value)}>
        {LOCALE_IDS.map((id) => (
          <option key={id} value={id} lang={id}>
            {LOCALES[id].name}
          </option>
        ))}
      </select>
    </label>
  );
}
