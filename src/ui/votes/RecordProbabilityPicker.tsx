import { useMemo, useState } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import { findVote, voteRecord } from '../../core/votes/corpus';
import { historyProbabilities, MIN_AREA_VOTES } from '../../core/votes/historyProbability';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { recordName } from '../../i18n/recordNames';
import { VOTE_PRESET_PREFIX } from './RecordedOutcome';
import type { RecordHistory } from './recordHistory';
import '../../i18n/votes/register';

const ALL = '';

/** Choose a policy area (the opened vote's by default) and set every P(yes) from the record. */
export default function RecordProbabilityPicker({
  participating,
  onApply,
}: {
  readonly participating: readonly CountryCode[];
  readonly onApply: (h: RecordHistory) => void;
}) {
  const tr = useT();
  const { t } = tr;
  const presetId = useStore((s) => s.presetId);
  const record = voteRecord();
  const areas = useMemo(
    () =>
      [...new Set(record.votes.flatMap((v) => (v.area ? [v.area] : [])))].sort((a, b) =>
        tr.compare(recordName(a, tr.locale).text, recordName(b, tr.locale).text),
      ),
    [record, tr],
  );
  const opened = presetId?.startsWith(VOTE_PRESET_PREFIX)
    ? findVote(presetId.slice(VOTE_PRESET_PREFIX.length))
    : undefined;
  const [area, setArea] = useState<string>(opened?.area ?? ALL);
  return (
    <div className="record-prob">
      <label className="field">
        <span className="field__label">{t('votes.prob.area')}</span>
        <select value={area} onChange={(e) => setArea(e.target.value)}>
          <option value={ALL}>{t('votes.prob.allAreas')}</option>
          {areas.map((a) => (
            <option key={a} value={a} lang={recordName(a, tr.locale).lang}>
              {recordName(a, tr.locale).text}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() =>
          onApply({
            area: area || null,
            estimates: historyProbabilities(record.votes, participating, area === ALL ? undefined : area),
          })
        }
      >
        {t('votes.prob.apply')}
      </button>
      <p className="hint">{t('votes.prob.method', { min: MIN_AREA_VOTES })}</p>
      <p className="hint">{t('votes.reported.notCounted')}</p>
    </div>
  );
}
