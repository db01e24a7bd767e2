import { useCallback } from 'react';
import { protocolIndex } from '../../core/rules/countries';
import type { CountryCode } from '../../core/rules/countries';
import { orderedCodes, useDataset, usePivotalCodes } from '../../state/selectors';
import { useStore } from '../../state/store';
import type { Position } from '../../core/rules/vote';
import type { MemberNote } from '../../core/scenario/scenario';
import { CountryVoteRow } from './CountryVoteRow';
import { useT } from '../i18n/useT';
import { shareText } from '../export/shareText';

/** The position a note was written for, when the member has another one now. */
export const writtenFor = (note: MemberNote | undefined, now: Position | undefined): Position | undefined =>
  note && note.position !== (now ?? 'undecided') ? note.position : undefined;

/** Every member of the chosen dataset with its position control. */
export function MemberList() {
  const dataset = useDataset();
  const order = useStore((s) => s.order);
  const positions = useStore((s) => s.scenario.positions);
  const positionSet = useStore((s) => s.positionSet);
  const memberNotes = useStore((s) => s.scenario.memberNotes);
  const memberNoteSet = useStore((s) => s.memberNoteSet);
  const pivotal = usePivotalCodes();
  const tr = useT();
  const onSet = useCallback((code: CountryCode, p: Position) => positionSet(code, p), [positionSet]);
  return (
    <ol className="members" aria-label={tr.t('members.label')}>
      {orderedCodes(dataset, order, protocolIndex, tr.country, tr.compare).map((code) => (
        <CountryVoteRow
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
  );
}
