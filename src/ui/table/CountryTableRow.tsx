import { memo, useState } from 'react';
import type { MemberRowProps } from '../members/memberRowProps';
import { POSITION_OPTIONS, positionLabel } from '../members/positionOptions';
import { useT } from '../i18n/useT';
import { onMemberKey } from '../members/memberKeys';


/**
 * One member in the compact table: name, population share, the five positions as a radio group
 * named by the country (symbols on screen, the positions' names for assistive technology), ◆ when
 * pivotal, and a note marker that opens the member's note.
 */
export const CountryTableRow = memo(function CountryTableRow({ code, name, share, position, pivotal, note, noteFor, onSet, onNote }: MemberRowProps) {
  const [editing, setEditing] = useState(false);
  const tr = useT();
  const { t } = tr;
  return (
    <li className={`trow trow--${position}${pivotal ? ' trow--pivotal' : ''}`} data-code={code}>
      <span className="trow__name">
        <span className="trow__country">{name}</span>
        {pivotal && (
          <span className="trow__pivot" title={t('row.pivotalTitle')}>
            <span aria-hidden="true">◆</span>
            <span className="visually-hidden"> {t('row.pivotal')}</span>
          </span>
        )}
      </span>
      <span className="trow__share">{share}</span>
      <div role="radiogroup" aria-label={name} className="tseg" onKeyDown={(e) => onMemberKey(e, code, onSet)}>
        {POSITION_OPTIONS.map((o) => (
          <label key={o.value} className={`tseg__opt tseg__opt--${o.value}`} title={positionLabel(o.value, tr)}>
            <input type="radio" name={`tposition-${code}`} value={o.value} checked={position === o.value} onChange={() => onSet(code, o.value)} />
            <span className="tseg__face">
              <span aria-hidden="true">{o.icon}</span>
              <span className="visually-hidden">{positionLabel(o.value, tr)}</span>
            </span>
          </label>
        ))}
      </div>
      <button
        type="button"
        className={`trow__note-mark${note ? ' trow__note-mark--set' : ''}${noteFor ? ' trow__note-mark--stale' : ''}`}
        aria-expanded={editing}
        aria-label={`${t(note ? 'row.editNoteOn' : 'row.addNoteOn', { name })}${noteFor ? ` (${t('row.noteFor', { position: positionLabel(noteFor, tr) })})` : ''}`}
        title={note ? (noteFor ? `${t('row.noteFor', { position: positionLabel(noteFor, tr) })}: ${note}` : note) : t('row.addNoteOn', { name })}
        onClick={() => setEditing((x) => !x)}
      >
        <span aria-hidden="true">{noteFor ? '⚠' : '✎'}</span>
      </button>
      {editing && (
        <label className="trow__note-edit">
          <span className="visually-hidden">{t('row.noteOn', { name })}</span>
          <input
            type="text"
            autoFocus
            value={note}
            maxLength={5000}
            placeholder={t('row.notePlaceholder')}
            onChange={(e) => onNote(code, e.target.value)}
            onBlur={() => setEditing(false)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === 'Escape') && setEditing(false)}
          />
        </label>
      )}
    </li>
  );
});
