import type { Snapshot } from '../../core/scenario/dossier';
import type { TimelinePoint } from '../../core/scenario/timeline';
import type { Translator } from '../../i18n/translator';
import { useId } from 'react';
import { blockingWord, range, shortName, verdictWord } from './words';
import '../../i18n/files/register';

interface Props {
  readonly points: readonly TimelinePoint[];
  readonly snapshots: readonly Snapshot[];
  readonly tr: Translator;
  /** The file's name, left out of each snapshot's name. */
  readonly fileName: string;
  readonly onOpen: (s: Snapshot) => void;
  /** Absent for shipped files, whose snapshots cannot be removed. */
  readonly onRemove?: (s: Snapshot) => void;
}

/** The timeline's figures, one row per snapshot: what a screen reader reads instead of the chart. */
export function TimelineTable({ points, snapshots, tr, fileName, onOpen, onRemove }: Props) {
  const { t } = tr;
  const id = useId();
  return (
    <>
      <p className="timeline__caption" id={`${id}-caption`}>
        {t('files.table.caption')}
      </p>
      <div className="timeline__table">
        <table aria-labelledby={`${id}-caption`}>
          <thead>
            <tr>
              <th scope="col">{t('files.table.date')}</th>
              <th scope="col">{t('files.table.snapshot')}</th>
              <th scope="col">{t('files.table.members')}</th>
              <th scope="col">{t('files.table.population')}</th>
              <th scope="col">{t('files.table.notInFavour')}</th>
              <th scope="col">{t('files.table.blocking')}</th>
              <th scope="col">{t('files.table.verdict')}</th>
              <th scope="col">{t('files.table.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => {
              const s = snapshots[i]!;
              const day = tr.day(p.date);
              const of = (n: number) => tr.percentOf(n, p.populationParticipating);
              return (
                <tr key={p.snapshotId}>
                  <th scope="row">{day}</th>
                  <td title={p.name}>{shortName(p.name, fileName)}</td>
                  <td>
                    {t('files.ofMembers', {
                      range: range(tr.count(p.membersInFavour.declared), tr.count(p.membersInFavour.possible), tr),
                      n: tr.count(p.membersParticipating),
                    })}
                  </td>
                  <td>{range(of(p.populationInFavour.declared), of(p.populationInFavour.possible), tr)}</td>
                  <td>{range(of(p.populationNotInFavour.declared), of(p.populationNotInFavour.possible), tr)}</td>
                  <td>{blockingWord(p.blocking, tr)}</td>
                  <td>
                    <strong>{verdictWord(p.verdict, tr)}</strong>
                  </td>
                  <td className="timeline__actions">
                    <button type="button" aria-label={t('files.openNamed', { date: day })} onClick={() => onOpen(s)}>
                      {t('files.open')}
                    </button>
                    {onRemove && (
                      <button
                        type="button"
                        aria-label={t('files.removeNamed', { date: day })}
                        onClick={() => onRemove(s)}
                      >
                        {t('files.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
