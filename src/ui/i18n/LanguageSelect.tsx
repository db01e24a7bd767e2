import { LOCALE_IDS, LOCALES, isLocale } from '../../i18n/locales';
import { localeSwitched } from '../../state/language';
import { useT } from './useT';

/** The interface language, each option named in its own language. */
export function LanguageSelect() {
  const tr = useT();
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
