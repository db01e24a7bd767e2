import type { Misconception } from '../../core/teach/misconceptions';
import { teachText } from '../../i18n/teach';
import { useT } from '../i18n/useT';
import '../../i18n/teaching/register';

/** Only the misreadings this result touches: the myth, then the fact. */
export function MisconceptionList({ items }: { readonly items: readonly Misconception[] }) {
  const tr = useT();
  return (
    <ul className="myths">
      {items.map((m) => (
        <li key={m.id} className="myth" data-myth={m.id}>
          <p className="myth__myth">
            <span aria-hidden="true">✕ </span>
            <span className="visually-hidden">{tr.t('teach.notSo')}</span>
            {tr.t('teach.quoted', { text: teachText(m.myth, tr) })}
          </p>
          <p className="myth__fact">
            <span aria-hidden="true">✓ </span>
            {teachText(m.fact, tr)}
          </p>
        </li>
      ))}
    </ul>
  );
}
