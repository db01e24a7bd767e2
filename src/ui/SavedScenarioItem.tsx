import { memo, useState } from 'react';
import type { SavedScenario } from '../core/library';
import { findDataset } from '../core/datasets';
import { RULE_LABELS } from '../core/vote';

interface Props {
  readonly item: SavedScenario;
  readonly open: boolean;
  readonly onOpen: (id: string) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

export const SavedScenarioItem = memo(function SavedScenarioItem({ item, open, onOpen, onRename, onDuplicate, onDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(item.scenario.name ?? '');
  const name = item.scenario.name || 'Untitled scenario';
  const ds = findDataset(item.scenario.datasetId);
  const notes = Object.keys(item.scenario.memberNotes ?? {}).length;
  return (
    <li className={`saved ${open ? 'saved--open' : ''}`}>
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
            <span className="field__label">New name for {name}</span>
            <input autoFocus value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit">Rename</button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="saved__head">
          <strong className="saved__name">{name}</strong>
          {open && <span className="badge">On screen</span>}
        </div>
      )}
      <p className="saved__meta">
        {RULE_LABELS[item.scenario.rule]} · {ds.ok ? ds.value.label : item.scenario.datasetId} · saved{' '}
        {new Date(item.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
        {notes > 0 && ` · ${notes} member note${notes === 1 ? '' : 's'}`}
      </p>
      {item.scenario.note && <p className="saved__note">{item.scenario.note}</p>}
      <div className="saved__actions" role="group" aria-label={`Actions for ${name}`}>
        <button type="button" onClick={() => onOpen(item.id)}>Open</button>
        <button type="button" onClick={() => setRenaming(true)}>Rename</button>
        <button type="button" onClick={() => onDuplicate(item.id)}>Duplicate</button>
        <button type="button" onClick={() => onDelete(item.id)}>Delete</button>
      </div>
    </li>
  );
});
