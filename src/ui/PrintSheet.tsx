import { countryName, protocolIndex } from '../core/countries';
import { RULE_LABELS } from '../core/vote';
import { orderedCodes, useDataset } from '../state/selectors';
import { useStore } from '../state/store';
import { MapLegend } from './map/MapLegend';
import { PopulationBar } from './map/PopulationBar';
import { TileMap } from './map/TileMap';
import { positionOption } from './map/cycle';
import { shareText } from './shareText';
import './print.css';

/**
 * What a printed page adds to the verdict panel: the scenario's title, the map, the population
 * bar and the table of positions. Rendered only while printing (PrintView; see print.css).
 */
export function PrintSheet() {
  const scenario = useStore((s) => s.scenario);
  const order = useStore((s) => s.order);
  const dataset = useDataset();
  const notes = scenario.memberNotes ?? {};
  const withNotes = Object.values(notes).some(Boolean);
  return (
    <section className="print-only print-sheet" aria-hidden="true">
      <header className="print-sheet__head">
        <h2>{scenario.name || 'Untitled scenario'}</h2>
        <p>
          {RULE_LABELS[scenario.rule]} · {dataset.label}
        </p>
        {scenario.note && <p className="print-sheet__note">{scenario.note}</p>}
      </header>
      <div className="print-sheet__body">
        <div className="print-sheet__map">
          <TileMap interactive={false} />
          <MapLegend />
          <PopulationBar />
        </div>
        <table className="print-sheet__table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Position</th>
              <th scope="col">Population</th>
              {withNotes && <th scope="col">Note</th>}
            </tr>
          </thead>
          <tbody>
            {orderedCodes(dataset, order, protocolIndex).map((code) => {
              const o = positionOption(scenario.positions[code] ?? 'undecided');
              return (
                <tr key={code} className={`print-sheet__row--${o.value}`}>
                  <td>
                    {countryName(code)} ({code})
                  </td>
                  <td>
                    {o.icon} {o.label}
                  </td>
                  <td>{shareText(dataset, code)}</td>
                  {withNotes && <td>{notes[code] ?? ''}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
