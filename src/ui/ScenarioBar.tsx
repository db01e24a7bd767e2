import { useState } from 'react';
import { encodeLink } from '../core/link';
import { scenarioFile } from '../core/library';
import { positionsCsv, summaryText } from '../core/report';
import { useDataset, useOutcome } from '../state/selectors';
import { useStore } from '../state/store';
import { copyText, download, fileStem } from './download';
import { renderVerdictPng } from './exportPng';

/** Name, save, share and export the scenario on screen. */
export function ScenarioBar() {
  const scenario = useStore((s) => s.scenario);
  const openId = useStore((s) => s.openId);
  const nameSet = useStore((s) => s.nameSet);
  const noteSet = useStore((s) => s.noteSet);
  const scenarioSaved = useStore((s) => s.scenarioSaved);
  const scenarioUpdated = useStore((s) => s.scenarioUpdated);
  const outcome = useOutcome();
  const dataset = useDataset();
  const [said, setSaid] = useState('');
  const stem = fileStem(scenario.name);
  const copy = async (what: string, text: string) => setSaid((await copyText(text)) ? `${what} copied.` : `Could not copy the ${what.toLowerCase()}: the browser refused.`);
  const link = () => `${location.origin}${location.pathname}#${encodeLink(scenario)}`;
  return (
    <section className="scenario-bar" aria-label="Scenario">
      <label className="field scenario-bar__name">
        <span className="field__label">Scenario name</span>
        <input type="text" value={scenario.name ?? ''} maxLength={200} placeholder="Untitled scenario" onChange={(e) => nameSet(e.target.value)} />
      </label>
      <div className="scenario-bar__actions">
        <button type="button" onClick={() => scenarioSaved(scenario.name || 'Untitled scenario')}>
          Save as new
        </button>
        {openId && (
          <button type="button" onClick={scenarioUpdated}>
            Save changes
          </button>
        )}
        <button type="button" onClick={() => copy('Link', link())}>
          Copy link
        </button>
        {outcome.ok && (
          <>
            <button type="button" onClick={() => copy('Summary', summaryText(scenario, outcome.value, dataset))}>
              Copy summary
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
      </div>
      <p className="scenario-bar__said" aria-live="polite">
        {said}
      </p>
      <label className="field scenario-bar__note">
        <span className="field__label">Note on this scenario</span>
        <textarea rows={2} maxLength={5000} value={scenario.note ?? ''} onChange={(e) => noteSet(e.target.value)} />
      </label>
    </section>
  );
}
