import { useMemo } from 'react';
import { claimsOf } from '../../core/rules/claims';
import { protocolIndex } from '../../core/rules/countries';
import { allDatasets, findDataset } from '../../core/data/datasets';
import { figuresStatus } from '../../core/scenario/voteDate';
import { figuresSentences } from '../../i18n/dateFigures';
import { ruleDateSentence } from '../../i18n/ruleDate';
import { ruleDateStatus } from '../../core/rules/ruleOfDate';
import type { Scenario } from '../../core/scenario/scenario';
import { orderedCodes, outcomeFor } from '../../state/selectors';
import type { MemberOrder } from '../../state/types';
import { BlockingMinorityStatus } from '../verdict/BlockingMinorityStatus';
import { ConditionBar } from '../verdict/ConditionBar';
import { headline, verdictMargins } from '../verdict/explain';
import { positionOption } from '../map/cycle';
import { MapLegend } from '../map/MapLegend';
import { PopulationBarView } from '../map/PopulationBarView';
import { StaticTileMap } from '../map/StaticTileMap';
import { MarginList } from '../verdict/MarginList';
import { PivotList } from '../verdict/PivotList';
import { shareText } from './shareText';
import { useT } from '../i18n/useT';
import { positionLabel } from '../members/positionOptions';
import './print.css';
import '../../i18n/later/register';

/**
 * One printed page for one scenario: its title, the verdict and its conditions, the map, the
 * population bar and the table of positions. No role="status" here: the screen keeps the one.
 */
export function PrintSheet({ scenario, order }: { readonly scenario: Scenario; readonly order: MemberOrder }) {
  const tr = useT();
  const { t } = tr;
  const ds = findDataset(scenario.datasetId);
  const result = outcomeFor(scenario);
  const pivotal = useMemo(() => new Set(result.ok ? result.value.pivots.map((p) => p.code) : []), [result]);
  if (!ds.ok) return null;
  const dataset = ds.value;
  const o = result.ok ? result.value : null;
  const claims = o ? claimsOf(o) : null;
  const margins = claims ? verdictMargins(claims, tr) : { lead: null, lines: [] };
  const ruleSentence = ruleDateSentence(ruleDateStatus(scenario.rule, scenario.date), tr);
  const head = o && claims ? headline(o, tr, claims) : { word: t('verdict.unavailable'), reason: result.ok ? '' : result.error.message };
  const status = figuresStatus(scenario, allDatasets());
  const notes = scenario.memberNotes ?? {};
  const withNotes = Object.values(notes).some(Boolean);
  return (
    <section className="print-sheet" aria-hidden="true">
      <header className="print-sheet__head">
        <h2>{scenario.name || t('scenario.untitled')}</h2>
        <p>
          {t(`rule.${scenario.rule}`)} · {tr.dataset(dataset)} · {t('date.label')}
          {t('punct.colon')}
          {scenario.date ? tr.day(scenario.date) : t('date.unset')}
        </p>
        {status && <p className="print-sheet__figures">{figuresSentences(status, tr).join(' ')}</p>}
        {ruleSentence && <p className="print-sheet__figures">{ruleSentence}</p>}
        {scenario.note && <p className="print-sheet__note">{scenario.note}</p>}
      </header>
      <div className={`verdict verdict--${claims?.call === 'too_close' ? 'undetermined' : (o?.verdict ?? 'error')}`}>
        <p className="verdict__status">
          <span className="verdict__word">{head.word}</span> <span className="verdict__reason">{head.reason}</span>
        </p>
        {o && claims && (
          <>
            <div className="verdict__conditions">
              {claims.conditionCases.map((cc) => (
                <ConditionBar key={cc.id} cc={cc} undecided={claims.undecided} />
              ))}
            </div>
            <MarginList block={margins} />
            <BlockingMinorityStatus b={claims.declaredBlocking} undecided={claims.undecided} />
            <PivotList outcome={o} />
          </>
        )}
      </div>
      <div className={withNotes ? 'print-sheet__body print-sheet__body--notes' : 'print-sheet__body'}>
        <div className="print-sheet__map">
          <StaticTileMap dataset={dataset} positions={scenario.positions} pivotal={pivotal} />
          <MapLegend />
          <PopulationBarView dataset={dataset} positions={scenario.positions} rule={scenario.rule} />
        </div>
        <table className="print-sheet__table">
          <thead>
            <tr>
              <th scope="col">{t('print.member')}</th>
              <th scope="col">{t('print.position')}</th>
              <th scope="col">{t('print.population')}</th>
              {withNotes && <th scope="col">{t('print.note')}</th>}
            </tr>
          </thead>
          <tbody>
            {orderedCodes(dataset, order, protocolIndex, tr.country, tr.compare).map((code) => {
              const p = positionOption(scenario.positions[code] ?? 'undecided');
              return (
                <tr key={code} className={`print-sheet__row--${p.value}`}>
                  <td>
                    {tr.country(code)} ({code})
                  </td>
                  <td>
                    {p.icon} {positionLabel(p.value, tr)}
                  </td>
                  <td>{shareText(dataset, code, tr)}</td>
                  {withNotes && (
                    <td>
                      {notes[code] && notes[code].position !== p.value && (
                        <em className="print-sheet__stale">{t('row.noteFor', { position: positionLabel(notes[code].position, tr) })}: </em>
                      )}
                      {notes[code]?.text ?? ''}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
