import { memo, useState, type KeyboardEvent } from 'react';
import type { MemberRowProps } from './memberRowProps';
import { onMemberKey } from './memberKeys';
import { POSITION_OPTIONS, positionLabel } from './positionOptions';
import { useT } from '../i18n/useT';


/** One member: its name, population share and a radio group of the five positions. */
export const CountryVoteRow = memo(function CountryVoteRow({ code, name, share, position, pivotal, note, noteFor, onSet, onNote }: MemberRowProps) {
  const [editing, setEditing] = useState(false);
  const tr = useT();
  const { t } = tr;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => onMemberKey(e, code, onSet);
  return (
    <li className={`row row--${position}`} data-code={code}>
      <div className="row__who">
        <span className="row__name">{name}</span>
        <span className="row__meta">
          <abbr className="row__code" title={name}>
            {code}
          </abbr>
          <span className="row__share">{share}</span>
          {pivotal && (
            <span className="badge" title={t('row.pivotalTitle')}>
              ◆ {t('row.pivotal')}
            </span>
          )}
        </span>
      </div>
      <div role="radiogroup" aria-label={name} className="seg" onKeyDown={onKeyDown}>
        {POSITION_OPTIONS.map((o) => (
          <label key={o.value} className={`seg__opt seg__opt--${o.value}`}>
            <input
              type="radio"
              name={`position-${code}`}
              value={o.value}
              checked={position === o.value}
              onChange={() => onSet(code, o.value)}
            />
            <span className="seg__face">
              <span aria-hidden="true" className="seg__icon">
                {o.icon}
              </span>
              {positionLabel(o.value, tr)}
            </span>
          </label>
        ))}
      </div>
      <div className="row__note">
        {editing ? (
          <label className="field">
            <span className="field__label">{t('row.noteOn', { name })}</span>
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
        ) : (
          <>
            {note && noteFor && (
              <span className="row__note-stale" title={t('row.noteForTitle', { name, position: positionLabel(noteFor, tr) })}>
                {t('row.noteFor', { position: positionLabel(noteFor, tr) })}
              </span>
            )}
            {note && <span className={`row__note-text${noteFor ? ' row__note-text--stale' : ''}`}>{note}</span>}
            <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={t(note ? 'row.editNoteOn' : 'row.addNoteOn', { name })}>
              {t(note ? 'row.editNote' : 'row.addNote')}
            </button>
          </>
        )}
      </div>
    </li>
  );
});
