import type { SwitchSearch } from '../../core/whatItTakes';
import { useT } from '../i18n/useT';

/** The smallest sets found, least population first, with how many there are in all. */
export function SwitchSetList({ search, label }: { search: SwitchSearch; label: string }) {
  const tr = useT();
  const total = search.truncated ? tr.t('analysis.sets.atLeast', { n: tr.count(search.count) }) : tr.count(search.count);
  return (
    <>
      {search.sets.length < search.count && (
        <p className="hint">
          {tr.t('analysis.sets.more', { total, size: tr.count(search.size ?? 0), shown: tr.count(search.sets.length) })}
        </p>
      )}
      <ul className="analysis__sets" aria-label={label}>
        {search.sets.map((s) => (
          <li key={s.codes.join()}>
            {s.codes.map(tr.country).join(' + ')} <span className="hint">
              ({tr.people(s.population)}, {tr.percent(s.share * 100, 2)})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
