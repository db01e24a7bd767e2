import { useEffect, useState } from 'react';
import { useStore } from '../../state/store';
import { MemberList } from './MemberList';
import { ViewSwitch } from '../shell/ViewSwitch';
import { useT } from '../i18n/useT';
import { loadView, viewElement, viewFailed } from './views';

/** The members, as the list of radio groups, the tile map, or the compact table (the last two loaded on demand). */
export function MembersView() {
  const view = useStore((s) => s.view);
  const { t } = useT();
  const [, settled] = useState(0);
  const shown = view === 'list' ? null : viewElement(view);
  const ready = shown !== null;
  useEffect(() => {
    if (view === 'list' || ready) return;
    const again = () => settled((n) => n + 1);
    loadView(view).then(again, again);
  }, [view, ready]);
  if (view === 'list') {
    return (
      <>
        <ViewSwitch />
        <p className="hint members__keys">{t('members.keyboardHint')}</p>
        <MemberList />
      </>
    );
  }
  const failed = !shown && viewFailed(view);
  return (
    <>
      <ViewSwitch />
      {shown ?? (
        <p className="hint" role={failed ? 'alert' : undefined}>
          {t(failed ? 'view.failed' : 'view.loading')}
        </p>
      )}
    </>
  );
}
