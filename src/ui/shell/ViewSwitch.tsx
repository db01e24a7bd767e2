import { useEffect, useRef } from 'react';
import { useStore } from '../../state/store';
import type { MemberView } from '../../state/types';
import { useT } from '../i18n/useT';

const VIEWS: readonly MemberView[] = ['list', 'table', 'map'];

/** The view just chosen: the table moves the switch above the presets, so its button takes the focus back. */
let chosenByClick: MemberView | null = null;

/** List, table or map: pressed/unpressed buttons (not radios, so the radio groups stay the members'). */
export function ViewSwitch() {
  const view = useStore((s) => s.view);
  const viewChosen = useStore((s) => s.viewChosen);
  const root = useRef<HTMLDivElement>(null);
  const { t } = useT();
  useEffect(() => {
    if (chosenByClick === null) return;
    root.current?.querySelector<HTMLButtonElement>(`[data-view="${chosenByClick}"]`)?.focus();
    chosenByClick = null;
  }, []);
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')} ref={root}>
      {VIEWS.map((value) => (
        <button
          key={value}
          type="button"
          data-view={value}
          aria-pressed={view === value}
          onClick={() => {
            chosenByClick = value;
            viewChosen(value);
          }}
        >
          {t(`view.${value}`)}
        </button>
      ))}
    </div>
  );
}
