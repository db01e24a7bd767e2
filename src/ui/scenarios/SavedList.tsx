import { modifiedFrom } from '../../state/open';
import { useStore } from '../../state/store';
import { KeptCopies } from './KeptCopies';
import { SavedScenarioItem } from './SavedScenarioItem';
import { useT } from '../i18n/useT';

/** The saved scenarios, each to open, rename, duplicate, move or delete, and the copies kept aside. */
export default function SavedList() {
  const library = useStore((s) => s.library);
  const openId = useStore((s) => s.openId);
  const drafts = useStore((s) => s.drafts);
  const modifiedId = useStore((s) => modifiedFrom(s)?.id ?? null);
  const a = useStore.getState();
  const { t } = useT();
  return (
    <>
      {library.length > 0 && (
        <>
          {library.length > 1 && <p className="hint">{t('library.orderHint')}</p>}
          <ul className="saved-list">
            {library.map((item, index) => (
              <SavedScenarioItem
                key={item.id}
                item={item}
                open={item.id === openId}
                unsaved={item.id === modifiedId || item.id in drafts}
                onOpen={a.savedOpened}
                onRename={a.savedRenamed}
                onDuplicate={a.savedDuplicated}
                onDelete={a.savedDeleted}
                index={index}
                count={library.length}
                onMove={a.savedMoved}
              />
            ))}
          </ul>
        </>
      )}
      <KeptCopies />
    </>
  );
}
