import { memo, useState } from 'react';
import type { SavedScenario } from '../../core/scenario/library';
import { findDataset } from '../../core/data/datasets';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

interface Props {
  readonly item: SavedScenario;
  readonly open: boolean;
  /** It has changes not saved yet (on screen or kept as a draft). */
  readonly unsaved: boolean;
  readonly onOpen: (id: string) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
  /** Its place in the library (the order the presentation plays), and how many there are. */
  readonly index?: number;
  readonly count?: number;
  readonly onMove?: (id: string, toIndex: number) => void;
}

/** The saved scenario being dragged (one drag at a time in a page). */
let dragged: string | null = null;

export const SavedScenarioItem = memo(function SavedScenarioItem({
  item,
  open,
  unsaved,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
  index = 0,
  count = 1,
  onMove,
}: Props) {
  const [renaming, setRenaming] = useState(false);
  const tr = useT();
  const { t } = tr;
  const [draft, setDraft] = useState(item.scenario.name ?? '');
  const name = item.scenario.name || t('scenario.untitled');
  const ds = findDataset(item.scenario.datasetId);
  const notes = Object.keys(item.scenario.memberNotes ?? {}).length;
  /** Moving the item re-inserts its element, which drops the focus: the button takes it back. */
  const move = (button: HTMLButtonElement, to: number) => {
    onMove?.(item.id, to);
    requestAnimationFrame(() => button.isConnected && button.focus());
  };
  return (
    <li
      className={`saved ${open ? 'saved--open' : ''}`}
      onDragOver={(e) => dragged && dragged !== item.id && e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        if (dragged && dragged !== item.id) onMove?.(dragged, index);
        dragged = null;
      }}
    >
      {renaming ? (
        <form
          className="saved__rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename(item.id, draft.trim() || name);
            setRenaming(false);
          }}
        >
          <label className="field">
            <span className="field__label">{t('saved.newName', { name })}</span>
            <input autoFocus value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit">{t('saved.rename')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('saved.cancel')}
          </button>
        </form>
      ) : (
        <div className="saved__head">
          {onMove && count > 1 && (
            <span
              className="saved__drag"
              draggable
              aria-hidden="true"
              title={t('saved.drag')}
              onDragStart={(e) => {
                dragged = item.id;
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', name);
                const row = e.currentTarget.closest('li');
                if (row) e.dataTransfer.setDragImage(row, 12, 12);
              }}
              onDragEnd={() => (dragged = null)}
            >
              ⠿
            </span>
          )}
          <strong className="saved__name">{name}</strong>
          {open && <span className="badge">{t('saved.onScreen')}</span>}
          {unsaved && <span className="badge badge--unsaved">{t('saved.unsaved')}</span>}
        </div>
      )}
      <p className="saved__meta">
        {t(`rule.${item.scenario.rule}`)} · {ds.ok ? tr.dataset(ds.value) : item.scenario.datasetId} ·{' '}
        {t('saved.saved', { date: tr.date(item.updatedAt) })}
        {notes > 0 && ` · ${tr.tp('saved.notes', notes)}`}
      </p>
      {item.scenario.note && <p className="saved__note">{item.scenario.note}</p>}
      <div className="saved__actions" role="group" aria-label={t('saved.actionsFor', { name })}>
        <button type="button" onClick={() => onOpen(item.id)}>
          {t('saved.open')}
        </button>
        <button type="button" onClick={() => setRenaming(true)}>
          {t('saved.rename')}
        </button>
        <button type="button" onClick={() => onDuplicate(item.id)}>
          {t('saved.duplicate')}
        </button>
        <button type="button" onClick={() => onDelete(item.id)}>
          {t('saved.delete')}
        </button>
        {onMove && count > 1 && (
          <>
            {/* aria-disabled, not disabled: the focus stays on the button when it reaches the end. */}
            <button
              type="button"
              className="saved__move"
              aria-label={t('saved.moveUp')}
              title={t('saved.moveUp')}
              aria-disabled={index === 0}
              onClick={(e) => index > 0 && move(e.currentTarget, index - 1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="saved__move"
              aria-label={t('saved.moveDown')}
              title={t('saved.moveDown')}
              aria-disabled={index === count - 1}
              onClick={(e) => index < count - 1 && move(e.currentTarget, index + 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
          </>
        )}
      </div>
    </li>
  );
});
