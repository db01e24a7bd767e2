import { useState } from 'react';
import type { Outcome } from '../../core/rules/outcome';
import type { Scenario } from '../../core/scenario/scenario';
import { modifiedFrom } from '../../state/open';
import { outcomeFor, useDataset } from '../../state/selectors';
import { useStore } from '../../state/store';
import { copyText, download, fileStem } from '../export/download';
import { MeetingExports } from '../export/MeetingExports';
import { useT } from '../i18n/useT';
import { UndoRedo } from '../shell/UndoRedo';
import { AddToFile } from '../files/AddToFile';

const exports = () => import('../export/exports');
// The file writers load with the first export (they check the figures that travel with the file).
const files = () => import('../../core/scenario/library');
const current = () => useStore.getState().scenario;

/** Runs an export of the scenario on screen and its outcome, once the exports' code has loaded. */
async function exported(
  run: (x: Awaited<ReturnType<typeof exports>>, scenario: Scenario, outcome: Outcome) => unknown,
) {
  const x = await exports();
  const scenario = current();
  const o = outcomeFor(scenario);
  if (o.ok) await run(x, scenario, o.value);
}

/**
 * Name, save, share and export the scenario on screen. It reads the whole scenario only when a
 * button is pressed, so setting a position does not render it.
 */
export function ScenarioBar() {
  const name = useStore((s) => s.scenario.name);
  const note = useStore((s) => s.scenario.note);
  const outcomeOk = useStore((s) => outcomeFor(s.scenario).ok);
  const openId = useStore((s) => s.openId);
  const nameSet = useStore((s) => s.nameSet);
  const noteSet = useStore((s) => s.noteSet);
  const scenarioSaved = useStore((s) => s.scenarioSaved);
  const scenarioUpdated = useStore((s) => s.scenarioUpdated);
  const savedReverted = useStore((s) => s.savedReverted);
  const modified = useStore(modifiedFrom);
  const openName = useStore((s) => s.library.find((x) => x.id === s.openId)?.scenario.name);
  const dataset = useDataset();
  const [said, setSaid] = useState('');
  const [noteOpen, setNoteOpen] = useState(false);
  const { t } = useT();
  const stem = fileStem(name);
  const copy = async (what: 'link' | 'summary', text: string) =>
    setSaid(t((await copyText(text)) ? `scenario.${what}Copied` : `scenario.${what}NotCopied`));
  const link = async () => `${location.origin}${location.pathname}#${await (await import('../../core/scenario/link')).encodeLink(current())}`;
  return (
    <section className="scenario-bar" aria-label={t('scenario.label')}>
      <label className="field scenario-bar__name">
        <span className="field__label">{t('scenario.name')}</span>
        {/* One line of text that wraps as it grows, so a long name is read whole, never cut at the box's edge. */}
        <textarea
          rows={1}
          className="scenario-bar__name-box"
          value={name ?? ''}
          maxLength={200}
          placeholder={t('scenario.untitled')}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          onChange={(e) => nameSet(e.target.value.replace(/\s*\n\s*/g, ' '))}
        />
      </label>
      <div className="scenario-bar__actions">
        <UndoRedo />
        <button type="button" onClick={() => scenarioSaved(name || t('scenario.untitled'))}>
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
        {outcomeOk && (
          <>
            <button type="button" onClick={() => exported((x, s, o) => copy('summary', x.summaryText(s, o, dataset)))}>
              {t('scenario.copySummary')}
            </button>
            <button
              type="button"
              onClick={() =>
                exported(async (x, s, o) => download(`${stem}.png`, await x.renderVerdictPng(s, o, dataset)))
              }
            >
              PNG
            </button>
            <button
              type="button"
              onClick={() =>
                exported((x, s, o) => download(`${stem}.csv`, x.positionsCsv(s, o, dataset), 'text/csv;charset=utf-8'))
              }
            >
              CSV
            </button>
          </>
        )}
        <button type="button" onClick={async () => download(`${stem}.json`, (await files()).scenarioFile(current()), 'application/json')}>
          JSON
        </button>
        {outcomeOk && <MeetingExports />}
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
        <summary className="field__label">{t(note ? 'scenario.noteFilled' : 'scenario.note')}</summary>
        <textarea
          aria-label={t('scenario.note')}
          rows={2}
          maxLength={5000}
          value={note ?? ''}
          onChange={(e) => noteSet(e.target.value)}
        />
      </details>
    </section>
  );
}
