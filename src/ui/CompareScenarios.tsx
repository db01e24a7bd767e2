import { useState } from 'react';
import { compareScenarios, type Side } from '../core/compare';
import { countryName } from '../core/countries';
import { percentOf, plural } from '../core/format';
import { useStore } from '../state/store';
import { positionOption } from './positionOptions';
import type { Position } from '../core/vote';

const CURRENT = 'current';
const label = (p: Position) => positionOption(p).label;
const VERDICT = { adopted: 'Adopted', not_adopted: 'Not adopted', undetermined: 'Depends' } as const;

function describe(s: Side) {
  return {
    verdict: VERDICT[s.verdict],
    inFavour: `${plural(s.membersInFavour, 'member')}, ${percentOf(s.populationInFavour, s.participatingPopulation)}`,
    blocking: `${s.blockingExists ? 'Formed' : 'None'}: ${plural(s.blockingMembers, 'member')}, ${percentOf(s.blockingPopulation, s.participatingPopulation)}`,
  };
}

/** Two scenarios side by side: who moved, and how the verdict and margins moved. */
export function CompareScenarios() {
  const library = useStore((s) => s.library);
  const current = useStore((s) => s.scenario);
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState(CURRENT);
  if (library.length === 0) return null;
  const pick = (id: string) => (id === CURRENT ? current : library.find((x) => x.id === id)?.scenario);
  const before = pick(beforeId || library[0]!.id);
  const after = pick(afterId);
  const result = before && after ? compareScenarios(before, after) : null;
  const options = [
    <option key={CURRENT} value={CURRENT}>
      The scenario on screen
    </option>,
    ...library.map((x) => (
      <option key={x.id} value={x.id}>
        {x.scenario.name || 'Untitled scenario'}
      </option>
    )),
  ];
  return (
    <details className="panel">
      <summary>
        <h2>Compare scenarios</h2>
      </summary>
      <div className="compare__pick">
        <label className="field">
          <span className="field__label">Before</span>
          <select value={beforeId || library[0]!.id} onChange={(e) => setBeforeId(e.target.value)}>
            {options}
          </select>
        </label>
        <label className="field">
          <span className="field__label">After</span>
          <select value={afterId} onChange={(e) => setAfterId(e.target.value)}>
            {options}
          </select>
        </label>
      </div>
      {result && result.ok && (
        <>
          {(!result.value.sameDataset || !result.value.sameRule) && (
            <p className="caution">The two scenarios use a different {result.value.sameDataset ? 'rule' : 'dataset'}.</p>
          )}
          <table className="compare">
            <caption>Outcome</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Measure</span>
                </th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {(['verdict', 'inFavour', 'blocking'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row">{{ verdict: 'Verdict', inFavour: 'In favour', blocking: 'Blocking minority (declared)' }[k]}</th>
                  <td>{describe(result.value.before)[k]}</td>
                  <td>{describe(result.value.after)[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.value.changed.length === 0 ? (
            <p>No member changed position.</p>
          ) : (
            <ul className="compare__changes" aria-label="Members who changed position">
              {result.value.changed.map((c) => (
                <li key={c.code}>
                  {countryName(c.code)}: {label(c.from)} → {label(c.to)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </details>
  );
}
