import { PRESETS, findPreset, presetScenario, presetTexts, whatIfScenario, type PresetKind } from '../../core/scenario/preset';
import { findDataset } from '../../core/data/datasets';
import { longDate } from '../../core/scenario/longDate';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { PresetChanges } from './PresetChanges';
import '../../i18n/later/register';

const GROUPS: ReadonlyArray<readonly ['preset.groupReal' | 'preset.groupTeaching', (k: PresetKind) => boolean]> = [
  ['preset.groupReal', (k) => k !== 'rule_derived'],
  ['preset.groupTeaching', (k) => k === 'rule_derived'],
];

/**
 * Real Council files and teaching cases: open an editable copy (its name and notes in the language
 * on screen), with date, kind and the sources as links under their published titles.
 */
export default function PresetPanel() {
  const presetId = useStore((s) => s.presetId);
  const presetOpened = useStore((s) => s.presetOpened);
  const locale = useStore((s) => s.locale);
  const tr = useT();
  const { t } = tr;
  const preset = presetId ? findPreset(presetId) : undefined;
  const texts = preset ? presetTexts(preset, locale) : undefined;
  const ds = preset ? findDataset(preset.datasetId) : undefined;
  return (
    <section className="panel preset" aria-label={t('preset.label')}>
      <label className="field">
        <span className="field__label">{t('preset.choose')}</span>
        <select
          data-names
          value={presetId ?? ''}
          onChange={(e) => {
            const p = findPreset(e.target.value);
            if (p) presetOpened(presetScenario(p, locale), p.id);
          }}
        >
          <option value="">{t('preset.open')}</option>
          {GROUPS.map(([label, keep]) => (
            <optgroup key={label} label={t(label)}>
              {PRESETS.filter((p) => keep(p.kind)).map((p) => (
                <option key={p.id} value={p.id}>
                  {presetTexts(p, locale).title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {preset && texts && (
        <div className="preset__info">
          <PresetChanges preset={preset} />
          <p>
            <strong>{t(`preset.kind.${preset.kind}`)}</strong>
            {preset.kind === 'rule_derived' ? '' : `, ${longDate(preset.date, locale)}`}.
          </p>
          {/* Read once: what happened, the figures and the sources fold away, so the members come first. */}
          <details className="preset__about">
            <summary>{t('preset.about')}</summary>
            <p>{t('preset.copy')}</p>
            <p>{texts.summary}</p>
            {texts.note && <p>{texts.note}</p>}
            <p className="hint">
              {t('preset.evaluatedWith', { label: ds?.ok ? tr.dataset(ds.value) : preset.datasetId })} {texts.datasetNote} {t('preset.confidenceNote')}
            </p>
            <p className="preset__sources-heading" id="preset-sources">
              {t('preset.sources')}
            </p>
            <ul className="preset__sources" lang="en" aria-labelledby="preset-sources">
              {preset.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.label}
                  </a>
                </li>
              ))}
            </ul>
          </details>
          {preset.whatIf && texts.whatIf && (
            <button type="button" onClick={() => presetOpened(whatIfScenario(preset, locale)!, preset.id)}>
              {texts.whatIf}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
