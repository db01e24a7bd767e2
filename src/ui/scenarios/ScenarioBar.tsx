import { useState } from 'react';
import { encodeLink } from '../../core/scenario/link';
import { scenarioFile } from '../../core/scenario/library';
import { positionsCsv, summaryText } from '../../core/scenario/report';
import { modifiedFrom } from '../../state/open';
import { useDataset, useOutcome } from '../../state/selectors';
import { useStore } from '../../state/store';
import { copyText, download, fileStem } from '../export/download';
import { renderVerdictPng } from '../export/exportPng';
import { MeetingExports } from '../export/MeetingExports';
import { useT } from '../i18n/useT';
import { UndoRedo } from '../shell/UndoRedo';
import { AddToFile } from '../files/AddToFile';

/** Name, save, share and export the scenario on screen. */
export function ScenarioBar() {
  const scenario = useStore((s) => s.scenario);
  const openId = useStore((s) => s.openId);
  const nameSet = useStore((s) => s.nameSet);
  const noteSet = useStore((s) => s.noteSet);
  const scenarioSaved = useStore((s) => s.scenarioSaved);
  const scenarioUpdated = useStore((s) => s.scenarioUpdated);
  const savedReverted = useStore((s) => s.savedReverted);
  const modified = useStore(modifiedFrom);
  const openName = useStore((s) => s.library.find((x) => x.id === s.openId)?.scenario.name);
  const outcome = useOutcome();
  const dataset = useDataset();
  const [said, setSaid] = useState('');
  const [noteOpen, setNoteOpen] = useState(false);
  const { t } = useT();
  const stem = fileStem(scenario.name);
  const copy = async (what: 'link' | 'summary', text: string) => setSaid(t((await copyText(text)) ? `scenario.${what}Copied` : `scenario.${what}NotCopied`));
  const link = async () => `${location.origin}${location.pathname}#${await encodeLink(scenario)}`;
  return (
    <section className="scenario-bar" aria-label={t('scenario.label')}>
      <label className="field scenario-bar__name">
        <span className="field__label">{t('scenario.name')}</span>
        {/* One line of text that wraps as it grows, so a long name is read whole, never cut at the box's edge. */}
        <textarea
          rows={1}
          className="scenario-bar__name-box"
          value={scenario.name ?? ''}
          maxLength={200}
          placeholder={t('scenario.untitled')}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          onChange={(e) => nameSet(e.target.value.replace(/\s*\n\s*/g, ' '))}
        />
      </label>
      <div className="scenario-bar__actions">
        <UndoRedo />
        <button type="button" onClick={() => scenarioSaved(scenario.name || t('scenario.untitled'))}>
          {t('scenario.saveAsNew')}
        </button>
        {openId && (
          <button type="button" onClick={scenarioUpdated} disabled={!modified}>
            {t('scenario.saveChanges')}
          </button>
        )}
        {modified && (
          <button type="button" onClick={savedReverted}>
            {t('scenario.discardChanges')}
          </button>
        )}
        <AddToFile />
        <button type="button" onClick={async () => copy('link', await link())}>
          {t('scenario.copyLink')}
        </button>
        {outcome.ok && (
          <>
            <button type="button" onClick={() => copy('summary', summaryText(scenario, outcome.value, dataset))}>
              {t('scenario.copySummary')}
            </button>
            <button type="button" onClick={async () => download(`${stem}.png`, await renderVerdictPng(scenario, outcome.value, dataset))}>
              PNG
            </button>
            <button type="button" onClick={() => download(`${stem}.csv`, positionsCsv(scenario, outcome.value, dataset), 'text/csv;charset=utf-8')}>
              CSV
            </button>
          </>
        )}
        <button type="button" onClick={() => download(`${stem}.json`, scenarioFile(scenario), 'application/json')}>
          JSON
        </button>
        {outcome.ok && <MeetingExports />}
      </div>
      <p className="scenario-bar__said" aria-live="polite">
        {openId && (
          <span className={modified ? 'scenario-bar__state scenario-bar__state--modified' : 'scenario-bar__state'}>
            {t(modified ? 'scenario.modified' : 'scenario.savedAs', { name: openName || t('scenario.untitled') })}
          </span>
        )}
        {openId && said ? ' ' : ''}
        {said}
      </p>
      {/* Read once, written now and then: folded to one line until opened; open while it is being written. */}
      <details className="scenario-bar__note" open={noteOpen} onToggle={(e) => setNoteOpen(e.currentTarget.open)}>
        <summary className="field__label">{t(scenario.note ? 'scenario.noteFilled' : 'scenario.note')}</summary>
        <textarea aria-label={t('scenario.note')} rows={2} maxLength={5000} value={scenario.note ?? ''} onChange={(e) => noteSet(e.target.value)} />
      </details>
    </section>
  );
}
