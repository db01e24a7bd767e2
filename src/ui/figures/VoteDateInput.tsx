import { useState } from 'react';
import { VOTE_DATE_MAX, VOTE_DATE_MIN, voteDateProblem } from '../../core/data/period';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

/**
 * The date of the vote, a native date field: a whole day chosen switches the figures to the table
 * of that day. What is typed stays in the field while it is not yet a day the app can place (so
 * typing a year digit by digit is never undone); leaving the field empty removes the date.
 */
export function VoteDateInput() {
  const date = useStore((s) => s.scenario.date);
  const dateChosen = useStore((s) => s.dateChosen);
  const tr = useT();
  const { t } = tr;
  const [text, setText] = useState(date ?? '');
  const [shown, setShown] = useState(date);
  // Undo, a preset or a link changed the date: the field follows.
  if (shown !== date) {
    setShown(date);
    setText(date ?? '');
  }
  const typing = text !== '' && text !== date;
  return (
    <div className="field field--date">
      <label className="field" htmlFor="vote-date">
        <span className="field__label">{t('date.label')}</span>
      </label>
      <input
        id="vote-date"
        type="date"
        min={VOTE_DATE_MIN}
        max={VOTE_DATE_MAX}
        value={text}
        aria-describedby="vote-date-facts"
        aria-invalid={typing && voteDateProblem(text) !== undefined ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (!voteDateProblem(e.target.value)) dateChosen(e.target.value);
        }}
        onBlur={() => {
          if (text === '') dateChosen('');
          else if (voteDateProblem(text)) setText(date ?? '');
        }}
      />
      <span id="vote-date-facts" className="field__facts">
        {/* The field writes the day in the browser's order (01/09/2026 is 9 January to some, 1 September to
            others): the day in words, in the app's language, says which. */}
        {date === undefined && !typing ? t('date.unset') : typing && voteDateProblem(text) ? t('date.range') : typing ? '' : tr.day(date ?? '')}
      </span>
    </div>
  );
}
