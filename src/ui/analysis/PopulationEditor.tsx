import { useMemo } from 'react';
import { electorateWith } from '../../core/data/enlarge';
import { typedPopulation } from '../../core/analysis/whatIf';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { ErrorText } from './ErrorText';
import { TableScroll } from './TableScroll';
import { useVote } from './useVote';
import '../../i18n/analysis/register';

/** "Edit populations": every member of the what-if with its figure, editable, beside the dataset's. */
export function PopulationEditor() {
  const tr = useT();
  const { t } = tr;
  const { dataset } = useVote();
  const added = useStore((s) => s.whatIf.added);
  const typed = useStore((s) => s.whatIf.populations);
  const populationTyped = useStore((s) => s.populationTyped);
  const populationsReset = useStore((s) => s.populationsReset);
  const base = useMemo(() => electorateWith(dataset, added), [dataset, added]);
  const voters = base.ok ? base.value.voters : [];
  // Each typed figure checked on its own, so every field at fault says so, not only the first.
  const problems = useMemo(
    () => new Map(Object.entries(typed).flatMap(([code, text]) => {
      const r = typedPopulation(code, text);
      return r.ok ? [] : [[code, r.error] as const];
    })),
    [typed],
  );
  const isEdited = (code: string, population: number) => typed[code] !== undefined && typed[code]!.trim() !== String(population);
  const editedCount = voters.filter((v) => isEdited(v.code, v.population)).length;
  return (
    <details className="analysis__populations">
      <summary>{editedCount > 0 ? tr.tp('analysis.populations.summaryEdited', editedCount) : t('analysis.populations.summary')}</summary>
      <p className="hint">{t('analysis.populations.hint')}</p>
      <button type="button" onClick={populationsReset} disabled={Object.keys(typed).length === 0}>
        {t('analysis.populations.reset')}
      </button>
      <TableScroll label={t('analysis.populations.summary')}>
        <table className="analysis__table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.col.member')}</th>
              <th scope="col">{t('analysis.col.population')}</th>
              <th scope="col">{t('analysis.populations.datasetFigure')}</th>
              <th scope="col">{t('analysis.populations.status')}</th>
            </tr>
          </thead>
          <tbody>
            {voters.map((v) => {
              const problem = problems.get(v.code);
              const errorId = `population-error-${v.code}`;
              return (
                <tr key={v.code}>
                  <th scope="row">
                    {added.includes(v.code) ? t('analysis.populations.candidate', { name: tr.country(v.code) }) : tr.country(v.code)}
                  </th>
                  <td>
                    <input
                      type="number"
                      min={1}
                      step={1}
                      aria-label={t('analysis.populations.of', { name: tr.country(v.code) })}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? errorId : undefined}
                      value={typed[v.code] ?? String(v.population)}
                      onChange={(e) => populationTyped(v.code, e.target.value)}
                    />
                    {problem && (
                      <span className="analysis__field-error" id={errorId}>
                        {/* A mark beside the colour, so the message is not told by colour alone. */}
                        <span aria-hidden="true">⚠ </span>
                        <ErrorText error={problem} />
                      </span>
                    )}
                  </td>
                  <td>{tr.count(v.population)}</td>
                  <td>{isEdited(v.code, v.population) ? <strong className="analysis__edited">{t('analysis.populations.edited')}</strong> : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
