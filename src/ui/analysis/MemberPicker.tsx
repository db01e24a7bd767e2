import { useId } from 'react';
import { countryName, type CountryCode } from '../../core/countries';

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
  const id = useId();
  const free = options.filter((c) => !picked.includes(c));
  return (
    <div className="analysis__picker">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <ul className="chips" aria-label={`${label} (chosen)`}>
        {picked.map((c) => (
          <li key={c} className="chip">
            {countryName(c)}{' '}
            <button type="button" aria-label={`Remove ${countryName(c)}`} onClick={() => onChange(picked.filter((p) => p !== c))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <select id={id} value="" onChange={(e) => e.target.value && onChange([...picked, e.target.value as CountryCode])}>
        <option value="">Add a member…</option>
        {free.map((c) => (
          <option key={c} value={c}>
            {countryName(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
