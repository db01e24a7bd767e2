import { PRESETS, findPreset, presetScenario, whatIfScenario, type PresetKind } from '../core/preset';
import { findDataset } from '../core/datasets';
import { useStore } from '../state/store';

const KIND_TEXT: Readonly<Record<PresetKind, string>> = {
  recorded_vote: 'Recorded vote',
  reported_positions: 'Positions reported before a vote that never took place',
  rule_derived: 'Teaching case derived from the treaty',
};

const GROUPS: ReadonlyArray<readonly [string, (k: PresetKind) => boolean]> = [
  ['Real Council files', (k) => k !== 'rule_derived'],
  ['Teaching cases', (k) => k === 'rule_derived'],
];

/** Real Council files and teaching cases: open an editable copy, with date, kind and sources. */
export default function PresetPanel() {
  const presetId = useStore((s) => s.presetId);
  const presetOpened = useStore((s) => s.presetOpened);
  const preset = presetId ? findPreset(presetId) : undefined;
  const ds = preset ? findDataset(preset.datasetId) : undefined;
  return (
    <section className="panel preset" aria-label="Presets">
      <label className="field">
        <span className="field__label">Real cases and teaching cases</span>
        <select
          value={presetId ?? ''}
          onChange={(e) => {
            const p = findPreset(e.target.value);
            if (p) presetOpened(presetScenario(p), p.id);
          }}
        >
          <option value="">Open a preset…</option>
          {GROUPS.map(([label, keep]) => (
            <optgroup key={label} label={label}>
              {PRESETS.filter((p) => keep(p.kind)).map((p) => (
                <option key={p.id} value={p.id}>
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
            <strong>{KIND_TEXT[preset.kind]}</strong>, {preset.date}. An editable copy is on screen; the preset stays as it was.
          </p>
          <p>{preset.summary}</p>
          <p className="hint">
            Evaluated with {ds?.ok ? ds.value.label : preset.datasetId}. {preset.datasetNote} Each member’s source confidence is in its note;
            unreported members are undecided.
          </p>
          {preset.sources.length > 0 && (
            <ul className="preset__sources">
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
            <button type="button" onClick={() => presetOpened(whatIfScenario(preset)!, preset.id)}>
              {preset.whatIf.question}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
