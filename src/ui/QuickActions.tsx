import { PARTICIPATION, PARTICIPATION_PRESETS } from '../core/participation';
import { useStore } from '../state/store';
import type { MemberOrder } from '../state/types';

const ORDERS: ReadonlyArray<readonly [MemberOrder, string]> = [
  ['protocol', 'Council protocol order'],
  ['population', 'Population, largest first'],
  ['name', 'Name'],
];

export function QuickActions() {
  const allPositionsSet = useStore((s) => s.allPositionsSet);
  const participationApplied = useStore((s) => s.participationApplied);
  const order = useStore((s) => s.order);
  const orderChosen = useStore((s) => s.orderChosen);
  return (
    <div className="quick">
      <div className="quick__group" role="group" aria-label="Set every member">
        <span className="field__label">Set all</span>
        <button type="button" onClick={() => allPositionsSet('yes')}>All yes</button>
        <button type="button" onClick={() => allPositionsSet('no')}>All no</button>
        <button type="button" onClick={() => allPositionsSet('undecided')}>All undecided</button>
      </div>
      <label className="field field--inline">
        <span className="field__label">Participation</span>
        <select
          value=""
          onChange={(e) => {
            const preset = PARTICIPATION_PRESETS.find((p) => p === e.target.value);
            if (preset) participationApplied(preset);
          }}
        >
          <option value="" disabled>
            Apply a preset…
          </option>
          {PARTICIPATION_PRESETS.map((p) => (
            <option key={p} value={p}>
              {PARTICIPATION[p].label}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span className="field__label">Order</span>
        <select value={order} onChange={(e) => orderChosen(e.target.value as MemberOrder)}>
          {ORDERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
