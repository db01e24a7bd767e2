import { writtenFor } from '../members/MemberList';
import { useCallback } from 'react';
import { protocolIndex } from '../../core/rules/countries';
import type { CountryCode } from '../../core/rules/countries';
import type { Position } from '../../core/rules/vote';
import { orderedCodes, useDataset, usePivotalCodes } from '../../state/selectors';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { POSITION_OPTIONS, positionLabel } from '../members/positionOptions';
import { shareText } from '../export/shareText';
import { CountryTableRow } from './CountryTableRow';
import './table.css';
import '../../i18n/later/register';

/** Every member on one screen: the compact table, in two columns where the width allows. */
export function MemberTable() {
  const dataset = useDataset();
  const order = useStore((s) => s.order);
  const positions = useStore((s) => s.scenario.positions);
  const positionSet = useStore((s) => s.positionSet);
  const memberNotes = useStore((s) => s.scenario.memberNotes);
  const memberNoteSet = useStore((s) => s.memberNoteSet);
  const pivotal = usePivotalCodes();
  const tr = useT();
  const { t } = tr;
  const onSet = useCallback((code: CountryCode, p: Position) => positionSet(code, p), [positionSet]);
  const codes = orderedCodes(dataset, order, protocolIndex, tr.country, tr.compare);
  const head = (
    <div className="ttable__head" aria-hidden="true">
      <span>{t('table.member')}</span>
      <span className="ttable__head-share">{t('table.population')}</span>
      <span className="ttable__head-icons">
        {POSITION_OPTIONS.map((o) => (
          <span key={o.value} title={positionLabel(o.value, tr)}>
            {o.icon}
          </span>
        ))}
      </span>
      <span>✎</span>
    </div>
  );
  return (
    <div className="ttable" style={{ '--rows': Math.ceil(codes.length / 2) } as React.CSSProperties}>
      <p className="ttable__legend">
        {POSITION_OPTIONS.map((o) => (
          <span key={o.value} className={`ttable__key ttable__key--${o.value}`}>
            <span aria-hidden="true" className="ttable__swatch">
              {o.icon}
            </span>{' '}
            {positionLabel(o.value, tr)} <kbd>{o.key.toUpperCase()}</kbd>
          </span>
        ))}
        <span className="ttable__key">
          <span aria-hidden="true">◆</span> {t('table.pivotal')}
        </span>
        <span className="ttable__key">
          <span aria-hidden="true">✎</span> {t('table.note')}
        </span>
      </p>
      <div className="ttable__heads">
        {head}
        {head}
      </div>
      <ol className="ttable__rows" aria-label={t('members.label')}>
        {codes.map((code) => (
          <CountryTableRow
            key={code}
            code={code}
            name={tr.country(code)}
            share={shareText(dataset, code, tr)}
            position={positions[code] ?? 'undecided'}
            pivotal={pivotal.has(code)}
            note={memberNotes?.[code]?.text ?? ''}
            noteFor={writtenFor(memberNotes?.[code], positions[code])}
            onSet={onSet}
            onNote={memberNoteSet}
          />
        ))}
      </ol>
    </div>
  );
}
