import { countryName } from '../../core/countries';
import { count, fractionPercent, people } from '../../core/format';
import type { SwitchSearch } from '../../core/whatItTakes';

/** The smallest sets found, least population first, with how many there are in all. */
export function SwitchSetList({ search, label }: { search: SwitchSearch; label: string }) {
  const total = `${search.truncated ? 'at least ' : ''}${count(search.count)}`;
  return (
    <>
      {search.sets.length < search.count && (
        <p className="hint">
          {total} combinations of {search.size} would do; the {search.sets.length} with the least population:
        </p>
      )}
      <ul className="analysis__sets" aria-label={label}>
        {search.sets.map((s) => (
          <li key={s.codes.join()}>
            {s.codes.map(countryName).join(' + ')} <span className="hint">
              ({people(s.population)}, {fractionPercent(s.share, 2)})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
