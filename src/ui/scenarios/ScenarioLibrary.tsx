import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';
import { download } from '../export/download';
import { useT } from '../i18n/useT';

// The list's code loads once there is something saved or kept aside.
const SavedList = lazy(() => import('./SavedList'));

/** The saved scenarios: open, rename, duplicate, delete with undo; import and export. */
export function ScenarioLibrary() {
  const library = useStore((s) => s.library);
  const undo = useStore((s) => s.undo);
  const keptCount = useStore((s) => s.kept.length);
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
      {library.length === 0 && <p className="hint">{t('library.empty')}</p>}
      {(library.length > 0 || keptCount > 0) && (
        <Suspense fallback={null}>
          <SavedList />
        </Suspense>
      )}
      <div className="panel__actions">
        <label className="file-button">
          {t('library.import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              // The import reader and the figures' gate load with the first import.
              if (file) (await import('../../state/receiving')).fileImported(await file.text());
              e.target.value = '';
            }}
          />
        </label>
        <button
          type="button"
          disabled={library.length === 0}
          onClick={async () => {
            // The file writer loads with the first export.
            const { LIBRARY_VERSION, libraryFile } = await import('../../core/scenario/library');
            download('council-vote-library.json', libraryFile({ version: LIBRARY_VERSION, scenarios: library }), 'application/json');
          }}
        >
          {t('library.export')}
        </button>
      </div>
    </details>
  );
}
