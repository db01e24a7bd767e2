import { LIBRARY_VERSION, libraryFile } from '../../core/scenario/library';
import { modifiedFrom } from '../../state/open';
import { useStore } from '../../state/store';
import { download } from '../export/download';
import { KeptCopies } from './KeptCopies';
import { SavedScenarioItem } from './SavedScenarioItem';
import { useT } from '../i18n/useT';

/** The saved scenarios: open, rename, duplicate, delete with undo; import and export. */
export function ScenarioLibrary() {
  const library = useStore((s) => s.library);
  const openId = useStore((s) => s.openId);
  const undo = useStore((s) => s.undo);
  const keptCount = useStore((s) => s.kept.length);
  const drafts = useStore((s) => s.drafts);
  const modifiedId = useStore((s) => modifiedFrom(s)?.id ?? null);
  const a = useStore.getState();
  const { t } = useT();
  return (
    <details className="panel" open={library.length > 0 || keptCount > 0}>
      <summary>
        <h2>{t('library.heading', { n: library.length })}</h2>
      </summary>
      {undo && (
        <p className="undo" aria-live="polite">
          {t('library.deleted', { name: undo.item.scenario.name || t('scenario.untitled') })}{' '}
          <button type="button" onClick={a.deletionUndone}>
            {t('library.undo')}
          </button>
        </p>
      )}
      {library.length === 0 ? (
        <p className="hint">{t('library.empty')}</p>
      ) : (
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
      <div className="panel__actions">
        <label className="file-button">
          {t('library.import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) a.fileImported(await file.text());
              e.target.value = '';
            }}
          />
        </label>
        <button
          type="button"
          disabled={library.length === 0}
          onClick={() => download('council-vote-library.json', libraryFile({ version: LIBRARY_VERSION, scenarios: library }), 'application/json')}
        >
          {t('library.export')}
        </button>
      </div>
    </details>
  );
}
