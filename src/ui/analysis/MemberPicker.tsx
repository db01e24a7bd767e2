import { useId } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import { useT } from '../i18n/useT';
import '../../i18n/analysis/register';

/** A short list of members built by choosing from a select; each chosen one has a remove button. */
export function MemberPicker({
  label,
  picked,
  options,
  onChange,
}: {
  label: string;
  picked: readonly CountryCode[];
  options: readonly CountryCode[];
  onChange(next: CountryCode[]): void;
}) {
  const tr = useT();
  const { t } = tr;
  const id = useId();
  const free = options.filter((c) => !picked.includes(c));
  return (
    <div className="analysis__picker">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <ul className="chips" aria-label={t('analysis.picker.chosen', { label })}>
        {picked.map((c) => (
          <li key={c} className="chip">
            {tr.country(c)}{' '}
            <button type="button" aria-label={t('analysis.picker.remove', { name: tr.country(c) })} onClick={() => onChange(picked.filter((p) => p !== c))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <select id={id} value="" onChange={(e) => e.target.value && onChange([...picked, e.target.value as CountryCode])}>
        <option value="">{t('analysis.picker.add')}</option>
        {free.map((c) => (
          <option key={c} value={c}>
            {tr.country(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
