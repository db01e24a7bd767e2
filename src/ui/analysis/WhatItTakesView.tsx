import { useMemo } from 'react';
import type { Direction, SwitchSearch } from '../../core/whatItTakes';
import { BlockingCoalitionFinder } from './BlockingCoalitionFinder';
import { JobProgress } from './JobProgress';
import { SwitchSetList } from './SwitchSetList';
import { useAnalysisVote } from './useAnalysisVote';
import { useJob } from './useJob';
import { WhatIfNote } from './WhatIfNote';

const members = (n: number) => `${n} member${n === 1 ? '' : 's'}`;

function Answer({ search, who, verb }: { search: SwitchSearch; who: string; verb: string }) {
  if (search.size === null) {
    return <p>{search.truncated ? `Too many combinations ${who} to search; narrow the question.` : `No change of vote ${who} can do it.`}</p>;
  }
  return (
    <>
      <p>
        <strong>{members(search.size)}</strong> {who} {verb}:
      </p>
      <SwitchSetList search={search} label={`${who} ${verb}`} />
    </>
  );
}

function DirectionAnswer({ title, direction, settled, verb }: { title: string; direction: Direction | null; settled: string; verb: string }) {
  return (
    <div className="analysis__direction">
      <h4>{title}</h4>
      {direction === null ? (
        <p>{settled}</p>
      ) : (
        <>
          <Answer search={direction.amongUndecided} who="among the undecided" verb={verb} />
          {direction.amongAll.size !== direction.amongUndecided.size && (
            <Answer search={direction.amongAll} who="counting everyone who could change" verb={verb} />
          )}
        </>
      )}
    </div>
  );
}

/** The fewest changes of vote that would adopt or block the act, from the positions on screen. */
export function WhatItTakesView() {
  const vote = useAnalysisVote();
  const job = useMemo(() => (vote.ok ? { kind: 'takes' as const, electorate: vote.electorate, positions: vote.positions, rule: vote.rule } : null), [vote]);
  const state = useJob(job);
  return (
    <section className="analysis__block" aria-labelledby="takes-h">
      <h3 id="takes-h">What it takes</h3>
      <WhatIfNote vote={vote} />
      <p className="hint">
        The fewest members who would have to change their vote. To adopt, the other undecided members are counted against; to block,
        in favour — so each answer holds whatever they do.
      </p>
      {state.status === 'running' && <JobProgress label="Searching…" progress={state.progress} />}
      {state.status === 'error' && <p className="caution">{state.error.message}</p>}
      {state.status === 'done' && (
        <div className="analysis__directions">
          <DirectionAnswer
            title="To adopt it"
            direction={state.result.toAdopt}
            settled="Adopted already, whatever the undecided do."
            verb="switching to yes"
          />
          <DirectionAnswer
            title="To block it"
            direction={state.result.toBlock}
            settled="Not adopted already, whatever the undecided do."
            verb="switching to no"
          />
        </div>
      )}
      <BlockingCoalitionFinder />
    </section>
  );
}
