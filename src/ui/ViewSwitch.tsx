import { useStore } from '../state/store';
import type { MemberView } from '../state/types';

const VIEWS: ReadonlyArray<readonly [MemberView, string]> = [
  ['list', 'List'],
  ['map', 'Map'],
];

/** List or map: two pressed/unpressed buttons (not radios, so the radio groups stay the members'). */
export function ViewSwitch() {
  const view = useStore((s) => s.view);
  const viewChosen = useStore((s) => s.viewChosen);
  return (
    <div className="view-switch" role="group" aria-label="Show members as">
      {VIEWS.map(([value, label]) => (
        <button key={value} type="button" aria-pressed={view === value} onClick={() => viewChosen(value)}>
          {label}
        </button>
      ))}
    </div>
  );
}
