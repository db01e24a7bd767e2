import { useStore } from '../state/store';
import type { MemberView } from '../state/types';
import { useT } from './i18n/useT';

const VIEWS: readonly MemberView[] = ['list', 'map'];

/** List or map: two pressed/unpressed buttons (not radios, so the radio groups stay the members'). */
export function ViewSwitch() {
  const view = useStore((s) => s.view);
  const viewChosen = useStore((s) => s.viewChosen);
  const { t } = useT();
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      {VIEWS.map((value) => (
        <button key={value} type="button" aria-pressed={view === value} onClick={() => viewChosen(value)}>
          {t(`view.${value}`)}
        </button>
      ))}
    </div>
  );
}
