import { useMemo } from 'react';
import { countryName } from '../../core/countries';
import { electorateWith } from '../../core/enlarge';
import { count } from '../../core/format';
import { useStore } from '../../state/store';
import { useVote } from './useVote';

/** "Edit populations": every member of the what-if with its figure, editable, beside the dataset's. */
export function PopulationEditor() {
  const { dataset } = useVote();
  const added = useStore((s) => s.whatIf.added);
  const typed = useStore((s) => s.whatIf.populations);
  const populationTyped = useStore((s) => s.populationTyped);
  const populationsReset = useStore((s) => s.populationsReset);
  const base = useMemo(() => electorateWith(dataset, added), [dataset, added]);
  const voters = base.ok ? base.value.voters : [];
  const isEdited = (code: string, population: number) => typed[code] !== undefined && typed[code]!.trim() !== String(population);
  const editedCount = voters.filter((v) => isEdited(v.code, v.population)).length;
  return (
    <details className="analysis__populations">
      <summary>
        Edit populations{editedCount > 0 ? ` (${editedCount} edited)` : ''}
      </summary>
      <p className="hint">
        Whole persons. The Union total becomes the sum of everyone’s figures; an edited figure is exact (no rounding range).
      </p>
      <button type="button" onClick={populationsReset} disabled={Object.keys(typed).length === 0}>
        Reset populations to the dataset
      </button>
      <table className="analysis__table">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Population</th>
            <th scope="col">Dataset figure</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {voters.map((v) => (
            <tr key={v.code}>
              <th scope="row">
                {countryName(v.code)}
                {added.includes(v.code) ? ' (candidate)' : ''}
              </th>
              <td>
                <input
                  type="number"
                  min={1}
                  step={1}
                  aria-label={`Population of ${countryName(v.code)}`}
                  value={typed[v.code] ?? String(v.population)}
                  onChange={(e) => populationTyped(v.code, e.target.value)}
                />
              </td>
              <td>{count(v.population)}</td>
              <td>{isEdited(v.code, v.population) ? <strong className="analysis__edited">edited</strong> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
