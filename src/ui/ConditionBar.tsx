import type { Condition } from '../core/outcome';
import { count, percentOf, people } from '../core/format';

const TITLES: Readonly<Record<Condition['id'], string>> = {
  members: 'Members in favour',
  population: 'Population in favour',
  weights: 'Weighted votes in favour',
  no_objection: 'Members against',
};

function value(c: Condition, n: number): string {
  return c.id === 'population' ? percentOf(n, c.of) : `${count(n)} of ${count(c.of)}`;
}

/**
 * One condition drawn against its threshold. With undecided members, `best` shows how far the
 * bar could reach if they all voted yes.
 */
export function ConditionBar({ worst, best }: { readonly worst: Condition; readonly best: Condition }) {
  const w = (n: number) => `${Math.min(100, c0(n, worst.of))}%`;
  const met = worst.status === 'met';
  const mark = worst.status === 'uncertain' ? '≈' : met ? '✓' : '✕';
  const required =
    worst.id === 'no_objection'
      ? 'none may vote against'
      : worst.id === 'population'
        ? `needs ${percentOf(worst.required, worst.of)} (${people(worst.required)})`
        : `needs ${count(worst.required)}`;
  return (
    <div className={`cond cond--${worst.status}`}>
      <div className="cond__head">
        <span className="cond__title">
          <span aria-hidden="true" className="cond__mark">{mark} </span>
          {TITLES[worst.id]}
        </span>
        <span className="cond__value">
          {value(worst, worst.reached)}
          {best.reached !== worst.reached && <span className="cond__best"> (up to {value(best, best.reached)})</span>}
        </span>
      </div>
      {worst.id !== 'no_objection' && (
        <div className="bar" aria-hidden="true">
          <div className="bar__possible" style={{ width: w(best.reached) }} />
          <div className="bar__secured" style={{ width: w(worst.reached) }} />
          <div className="bar__threshold" style={{ left: w(worst.required) }} />
        </div>
      )}
      <p className="cond__rule">
        {worst.label}: {required}. {met ? 'Met' : worst.status === 'uncertain' ? 'Too close to call' : 'Not met'}.
      </p>
    </div>
  );
}

function c0(n: number, of: number): number {
  return of === 0 ? 0 : (n / of) * 100;
}
