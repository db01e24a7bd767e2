import { count, percentOf } from '../../core/format';
import type { Condition } from '../../core/outcome';

const TITLES: Readonly<Record<Condition['id'], string>> = {
  members: 'Members in favour',
  population: 'Population in favour',
  weights: 'Weighted votes in favour',
  no_objection: 'Members against',
};

const value = (c: Condition, n: number) => (c.id === 'population' ? percentOf(n, c.of) : c.id === 'no_objection' ? count(n) : `${count(n)} of ${count(c.of)}`);
const width = (n: number, of: number) => `${of === 0 ? 0 : Math.min(100, (n / of) * 100)}%`;

/** One condition, legible from the back of a room: the figure, what it needs, met or not. */
export function BigCondition({ worst, best }: { readonly worst: Condition; readonly best: Condition }) {
  const status = worst.status;
  const mark = status === 'uncertain' ? '≈' : status === 'met' ? '✓' : '✕';
  const word = status === 'uncertain' ? 'Too close to call' : status === 'met' ? 'Met' : 'Not met';
  const need =
    worst.id === 'no_objection' ? 'none may vote against' : `needs ${worst.id === 'population' ? percentOf(worst.required, worst.of) : count(worst.required)}`;
  return (
    <div className={`bigcond bigcond--${status}`}>
      <p className="bigcond__title">
        <span aria-hidden="true" className="bigcond__mark">
          {mark}
        </span>{' '}
        {TITLES[worst.id]}
      </p>
      <p className="bigcond__value">
        {value(worst, worst.reached)}
        {best.reached !== worst.reached && <span className="bigcond__best"> (up to {value(best, best.reached)})</span>}
      </p>
      <p className="bigcond__need">
        {need} · <strong>{word}</strong>
      </p>
      {worst.id !== 'no_objection' && (
        <div className="bigcond__bar" aria-hidden="true">
          <div className="bigcond__possible" style={{ width: width(best.reached, best.of) }} />
          <div className="bigcond__secured" style={{ width: width(worst.reached, worst.of) }} />
          <div className="bigcond__threshold" style={{ left: width(worst.required, worst.of) }} />
        </div>
      )}
    </div>
  );
}
