import { useState } from 'react';
import type { SwitchSearch } from '../../core/analysis/whatItTakes';
import { useT } from '../i18n/useT';
import '../../i18n/analysis/register';
import '../../i18n/later/register';

/** Sets shown before "Show all": enough to see the pattern, short enough for a meeting screen. */
const FIRST = 5;

/** The smallest sets found, least population first, with how many there are in all. */
/** Where the switch leaves the vote: the population in favour before it, and whether the set joins (+) or leaves (−) it. */
export interface SwitchBase {
  readonly inFavour: number;
  readonly of: number;
  readonly sign: 1 | -1;
}

export function SwitchSetList({ search, label, base }: { search: SwitchSearch; label: string; base?: SwitchBase }) {
  const tr = useT();
  const [all, setAll] = useState(false);
  const shown = all ? search.sets : search.sets.slice(0, FIRST);
  const total = search.truncated ? tr.t('analysis.sets.atLeast', { n: tr.count(search.count) }) : tr.count(search.count);
  return (
    <>
      {shown.length < search.count && (
        <p className="hint">
          {tr.t('analysis.sets.more', { total, size: tr.count(search.size ?? 0), shown: tr.count(shown.length) })}
        </p>
      )}
      <ul className="analysis__sets" aria-label={label}>
        {shown.map((s) => (
          <li key={s.codes.join()}>
            {s.codes.map(tr.country).join(' + ')} <span className="hint">
              (
              {base
                ? tr.t('analysis.sets.moves', {
                    people: tr.people(s.population),
                    change: `${base.sign > 0 ? '+' : '−'}${tr.percent2Of(s.population, base.of)}`,
                    after: tr.percent2Of(base.inFavour + base.sign * s.population, base.of),
                  })
                : `${tr.people(s.population)}, ${tr.percent(s.share * 100, 2)}`}
              )
            </span>
          </li>
        ))}
      </ul>
      {shown.length < search.sets.length && (
        <button type="button" className="analysis__more" onClick={() => setAll(true)}>
          {tr.t('analysis.sets.showAll', { n: tr.count(search.sets.length) })}
        </button>
      )}
    </>
  );
}
