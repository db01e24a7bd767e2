import { useStore } from '../state/store';
import { MapView } from './map/MapView';
import { MemberList } from './MemberList';
import { ViewSwitch } from './ViewSwitch';

/** The members, as the list of radio groups or as the tile map. */
export function MembersView() {
  const view = useStore((s) => s.view);
  return (
    <>
      <ViewSwitch />
      {view === 'map' ? (
        <MapView />
      ) : (
        <>
          <p className="hint">Keyboard: ↑ ↓ move between members; Y yes, N no, A abstain, P not participating, U undecided.</p>
          <MemberList />
        </>
      )}
    </>
  );
}
