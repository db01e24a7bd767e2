import { memo, useMemo, type Dispatch, type SetStateAction } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import { MEMBER_VOTES, type MemberVote } from '../../core/votes/filter';
import { RECORDED_RULES, type RecordedRule } from '../../core/votes/record';
import { useT } from '../i18n/useT';
import { recordName } from '../../i18n/recordNames';
import { MemberSelect } from './MemberSelect';
import '../../i18n/votes/register';
import '../../i18n/later/register';

/** The filters as typed: empty strings for "any". */
export interface FilterInputs {
  readonly text: string;
  readonly from: string;
  readonly to: string;
  readonly rule: RecordedRule | '';
  readonly area: string;
  readonly configuration: string;
  readonly member: CountryCode | '';
  readonly memberVote: MemberVote;
  readonly contested: boolean;
}

export const NO_FILTERS: FilterInputs = {
  text: '',
  from: '',
  to: '',
  rule: '',
  area: '',
  configuration: '',
  member: '',
  memberVote: 'no',
  contested: false,
};

interface Props {
  readonly value: FilterInputs;
  /** The panel's state setter: each field sets only its own key, from the filters as they are then. */
  readonly onChange: Dispatch<SetStateAction<FilterInputs>>;
  readonly areas: readonly string[];
  readonly configurations: readonly string[];
  readonly first: string;
  readonly last: string;
}

/** Names of the record (areas, configurations) in the alphabetical order of the names on screen, not of the record's English. */
function useOnScreenOrder(names: readonly string[]) {
  const tr = useT();
  // The same elements from one change to the next, so React passes over them.
  return useMemo(
    () =>
      names
        .map((name) => ({ name, ...recordName(name, tr.locale) }))
        .sort((a, b) => tr.compare(a.text, b.text))
        .map((o) => (
          <option key={o.name} value={o.name} lang={o.lang}>
            {o.text}
          </option>
        )),
    [names, tr],
  );
}

type Setters = { readonly [K in keyof FilterInputs]: (v: FilterInputs[K]) => void };

/**
 * Search and filters of the voting record; every control labelled. The setters stay the same
 * from one change to the next, so the member choice (27 names) is passed over when another
 * filter changes.
 */
export const VoteFilters = memo(function VoteFilters({ value, onChange, areas, configurations, first, last }: Props) {
  const tr = useT();
  const { t } = tr;
  const areaOptions = useOnScreenOrder(areas);
  const configurationOptions = useOnScreenOrder(configurations);
  const set = useMemo(() => {
    const one =
      <K extends keyof FilterInputs>(key: K) =>
      (v: FilterInputs[K]) =>
        onChange((prev) => ({ ...prev, [key]: v }));
    return Object.fromEntries(
      Object.keys(NO_FILTERS).map((k) => [k, one(k as keyof FilterInputs)]),
    ) as unknown as Setters;
  }, [onChange]);
  return (
    <div className="votes__filters">
      <label className="field votes__search">
        <span className="field__label">{t('votes.search')}</span>
        <input
          type="search"
          value={value.text}
          onChange={(e) => set.text(e.target.value)}
          placeholder="2021/0197(COD)"
        />
      </label>
      <label className="field">
        <span className="field__label">{t('votes.from')}</span>
        <input type="date" min={first} max={last} value={value.from} onChange={(e) => set.from(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('votes.to')}</span>
        <input type="date" min={first} max={last} value={value.to} onChange={(e) => set.to(e.target.value)} />
      </label>
      <MemberSelect label={t('votes.member')} value={value.member} onChange={set.member} any={t('votes.member.any')} />
      <label className="field">
        <span className="field__label">{t('votes.memberVote')}</span>
        {/* Without a member the filter does nothing: it shows no vote, so it does not look set. */}
        <select
          value={value.member ? value.memberVote : ''}
          disabled={!value.member}
          onChange={(e) => set.memberVote(e.target.value as MemberVote)}
        >
          {!value.member && <option value="">{t('votes.memberVote.needsMember')}</option>}
          {MEMBER_VOTES.map((m) => (
            <option key={m} value={m}>
              {t(`votes.memberVote.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('votes.rule')}</span>
        <select value={value.rule} onChange={(e) => set.rule(e.target.value as RecordedRule | '')}>
          <option value="">{t('votes.rule.any')}</option>
          {RECORDED_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`votes.rule.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('votes.area')}</span>
        <select value={value.area} onChange={(e) => set.area(e.target.value)}>
          <option value="">{t('votes.area.any')}</option>
          {areaOptions}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('votes.configuration')}</span>
        <select value={value.configuration} onChange={(e) => set.configuration(e.target.value)}>
          <option value="">{t('votes.configuration.any')}</option>
          {configurationOptions}
        </select>
      </label>
      <label className="field field--inline votes__contested">
        <input type="checkbox" checked={value.contested} onChange={(e) => set.contested(e.target.checked)} />
        <span>{t('votes.contested')}</span>
      </label>
      <button type="button" className="votes__clear" onClick={() => onChange(NO_FILTERS)}>
        {t('votes.clear')}
      </button>
    </div>
  );
});
