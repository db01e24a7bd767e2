import { memo, useMemo } from 'react';
import { PROTOCOL_ORDER, type CountryCode } from '../../core/rules/countries';
import { useT } from '../i18n/useT';

/** Every member the voting record names: the EU-28, in protocol order. */
export const RECORD_MEMBERS = PROTOCOL_ORDER.slice(
  0,
  PROTOCOL_ORDER.indexOf('UK') + 1,
) as readonly string[] as readonly CountryCode[];

interface Props {
  readonly label: string;
  readonly value: CountryCode | '';
  readonly onChange: (member: CountryCode | '') => void;
  /** The label of a first "any member" option; none when absent. */
  readonly any?: string;
}

/** A labelled choice of one member of the record, by name in the reader's language. */
export const MemberSelect = memo(function MemberSelect({ label, value, onChange, any }: Props) {
  const tr = useT();
  // The same elements from one change to the next, so React passes over them.
  const options = useMemo(
    () =>
      [...RECORD_MEMBERS]
        .sort((a, b) => tr.compare(tr.country(a), tr.country(b)))
        .map((c) => (
          <option key={c} value={c}>
            {tr.country(c)}
          </option>
        )),
    [tr],
  );
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as CountryCode | '')}>
        {any !== undefined && <option value="">{any}</option>}
        {options}
      </select>
    </label>
  );
});
