import type { Misconception } from '../../core/misconceptions';

/** Only the misreadings this result touches: the myth, then the fact. */
export function MisconceptionList({ items }: { readonly items: readonly Misconception[] }) {
  return (
    <ul className="myths">
      {items.map((m) => (
        <li key={m.id} className="myth" data-myth={m.id}>
          <p className="myth__myth">
            <span aria-hidden="true">✕ </span>
            <span className="visually-hidden">Not so: </span>“{m.myth}”
          </p>
          <p className="myth__fact">
            <span aria-hidden="true">✓ </span>
            {m.fact}
          </p>
        </li>
      ))}
    </ul>
  );
}
