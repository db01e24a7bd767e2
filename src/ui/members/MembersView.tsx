import { useStore } from '../../state/store';
import { MapView } from '../map/MapView';
import { MemberList } from './MemberList';
import { MemberTable } from '../table/MemberTable';
import { ViewSwitch } from '../shell/ViewSwitch';
import { useT } from '../i18n/useT';

/** The members, as the list of radio groups, the tile map, or the compact table. */
export function MembersView() {
  const view = useStore((s) => s.view);
  const { t } = useT();
  return (
    <>
      <ViewSwitch />
      {view === 'map' ? (
        <MapView />
      ) : view === 'table' ? (
        <MemberTable />
      ) : (
        <>
          <p className="hint members__keys">{t('members.keyboardHint')}</p>
          <MemberList />
        </>
      )}
    </>
  );
}
