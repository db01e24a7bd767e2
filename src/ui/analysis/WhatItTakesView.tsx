import { useMemo } from 'react';
import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';
import { BlockingCoalitionFinder } from './BlockingCoalitionFinder';
import { ErrorText } from './ErrorText';
import { JobProgress } from './JobProgress';
import { SwitchSetList, type SwitchBase } from './SwitchSetList';
import { switchBase, type Direction, type SwitchSearch } from '../../core/analysis/whatItTakes';
import { useAnalysisVote } from './useAnalysisVote';
import { useJob } from './useJob';
import { WhatIfNote } from './WhatIfNote';
import '../../i18n/analysis/register';

type Who = 'undecided' | 'everyone';
type Verb = 'yes' | 'no';

function Answer({ search, who, verb, base }: { search: SwitchSearch; who: Who; verb: Verb; base: SwitchBase | undefined }) {
  const tr = useT();
  if (search.size === null) {
    return <p>{tr.t(search.truncated ? `analysis.takes.tooMany.${who}` : `analysis.takes.none.${who}`)}</p>;
  }
  const label = tr.t(`analysis.takes.${who}.${verb}`);
  return (
    <>
      <p>{rich(tr.t('analysis.takes.answer'), { members: <strong>{tr.tp('n.member', search.size)}</strong>, who: label })}</p>
      <SwitchSetList search={search} label={label} base={base} />
    </>
  );
}

function DirectionAnswer({ title, direction, settled, verb, base }: { title: string; direction: Direction | null; settled: string; verb: Verb; base: SwitchBase | undefined }) {
  return (
    <div className="analysis__direction">
      <h4>{title}</h4>
      {direction === null ? (
        <p>{settled}</p>
      ) : (
        <>
          <Answer search={direction.amongUndecided} who="undecided" verb={verb} base={base} />
          {direction.amongAll.size !== direction.amongUndecided.size && <Answer search={direction.amongAll} who="everyone" verb={verb} base={base} />}
        </>
      )}
    </div>
  );
}

/** The fewest changes of vote that would adopt or block the act, from the positions on screen. */
export function WhatItTakesView() {
  const { t } = useT();
  const vote = useAnalysisVote();
  const job = useMemo(() => (vote.ok ? { kind: 'takes' as const, electorate: vote.electorate, positions: vote.positions, rule: vote.rule } : null), [vote]);
  const state = useJob(job);
  const base = (to: Verb): SwitchBase | undefined => (vote.ok ? { ...switchBase(vote.electorate, vote.positions, to), sign: to === 'yes' ? 1 : -1 } : undefined);
  return (
    <section className="analysis__block" aria-labelledby="takes-h">
      <h3 id="takes-h">{t('analysis.takes.heading')}</h3>
      <WhatIfNote vote={vote} />
      <p className="hint">{t('analysis.takes.hint')}</p>
      {state.status === 'running' && <JobProgress label={t('analysis.searching')} progress={state.progress} />}
      {state.status === 'error' && (
        <p className="caution">
          <ErrorText error={state.error} />
        </p>
      )}
      {state.status === 'done' && (
        <div className="analysis__directions">
          <DirectionAnswer title={t('analysis.takes.toAdopt')} direction={state.result.toAdopt} settled={t('analysis.takes.adoptedAlready')} verb="yes" base={base('yes')} />
          <DirectionAnswer title={t('analysis.takes.toBlock')} direction={state.result.toBlock} settled={t('analysis.takes.notAdoptedAlready')} verb="no" base={base('no')} />
        </div>
      )}
      <BlockingCoalitionFinder />
    </section>
  );
}
