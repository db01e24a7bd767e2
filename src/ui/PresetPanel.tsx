import { PRESETS, findPreset, presetScenario, whatIfScenario, type PresetKind } from '../core/scenario/preset';
import { findDataset } from '../core/data/datasets';
import { useStore } from '../state/store';
import { useT } from './i18n/useT';

const GROUPS: ReadonlyArray<readonly ['preset.groupReal' | 'preset.groupTeaching', (k: PresetKind) => boolean]> = [
  ['preset.groupReal', (k) => k !== 'rule_derived'],
  ['preset.groupTeaching', (k) => k === 'rule_derived'],
];

/** Real Council files and teaching cases: open an editable copy, with date, kind and sources. */
export default function PresetPanel() {
  const presetId = useStore((s) => s.presetId);
  const presetOpened = useStore((s) => s.presetOpened);
  const { t } = useT();
  const preset = presetId ? findPreset(presetId) : undefined;
  const ds = preset ? findDataset(preset.datasetId) : undefined;
  return (
    <section className="panel preset" aria-label={t('preset.label')}>
      <label className="field">
        <span className="field__label">{t('preset.choose')}</span>
        <select
          value={presetId ?? ''}
          onChange={(e) => {
            const p = findPreset(e.target.value);
            if (p) presetOpened(presetScenario(p), p.id);
          }}
        >
          <option value="">{t('preset.open')}</option>
          {GROUPS.map(([label, keep]) => (
            <optgroup key={label} label={t(label)}>
              {PRESETS.filter((p) => keep(p.kind)).map((p) => (
                <option key={p.id} value={p.id} lang="en">
                  {p.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {preset && (
        <div className="preset__info">
          <p>
            <strong>{t(`preset.kind.${preset.kind}`)}</strong>, {preset.date}. {t('preset.copy')}
          </p>
          <p lang="en">{preset.summary}</p>
          <p className="hint">
            {t('preset.evaluatedWith', { label: ds?.ok ? ds.value.label : preset.datasetId })} <span lang="en">{preset.datasetNote}</span>{' '}
            {t('preset.confidenceNote')}
          </p>
          {preset.sources.length > 0 && (
            <ul className="preset__sources" lang="en">
              {preset.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} target="_blank" rel="noreferrer noopener">
                    {s.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {preset.whatIf && (
            <button type="button" lang="en" onClick={() => presetOpened(whatIfScenario(preset)!, preset.id)}>
              {preset.whatIf.question}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
