import { useMemo, useState } from 'react';
import { countryName, type CountryCode } from '../../core/countries';
import { JobProgress } from './JobProgress';
import { MemberPicker } from './MemberPicker';
import { SwitchSetList } from './SwitchSetList';
import { useAnalysisVote } from './useAnalysisVote';
import { useJob } from './useJob';

/** "With Germany against, who else is needed?": the closest blocking coalitions containing chosen members. */
export function BlockingCoalitionFinder() {
  const vote = useAnalysisVote();
  const [withMembers, setWith] = useState<CountryCode[]>([]);
  const [without, setWithout] = useState<CountryCode[]>([]);
  const job = useMemo(() => {
    if (!vote.ok) return null;
    // Members who have since left the vote (set to "Not participating") drop out of both lists.
    const inVote = (codes: CountryCode[]) => codes.filter((c) => vote.participating.includes(c));
    const { electorate, participating, rule } = vote;
    return { kind: 'blocking' as const, electorate, participating, rule, with: inVote(withMembers), without: inVote(without) };
  }, [vote, withMembers, without]);
  const state = useJob(job);
  if (!vote.ok || !job) return null;
  const { participating, positions } = vote;
  const against = participating.filter((c) => positions[c] === 'no');
  const names = job.with.map(countryName).join(', ');
  return (
    <div className="analysis__direction">
      <h4>Closest blocking coalitions</h4>
      <div className="analysis__filters">
        <MemberPicker label="Blocking coalitions with" picked={job.with} options={participating} onChange={setWith} />
        <MemberPicker label="and without" picked={job.without} options={participating.filter((c) => !job.with.includes(c))} onChange={setWithout} />
      </div>
      {against.length > 0 && (
        <button type="button" onClick={() => setWith(against)}>
          Start from the members voting no
        </button>
      )}
      {state.status === 'running' && <JobProgress label="Searching…" progress={state.progress} />}
      {state.status === 'error' && <p className="caution">{state.error.message}</p>}
      {state.status === 'done' &&
        (state.result.alreadyBlocking ? (
          <p>{names} block on their own: everyone else in favour would still not adopt it.</p>
        ) : state.result.size === null ? (
          <p>{state.result.truncated ? 'Too many combinations to search; add members to the list.' : 'No blocking coalition exists with these members.'}</p>
        ) : (
          <>
            <p>
              {names ? `With ${names} against, ` : 'The smallest blocking coalitions have '}
              <strong>{names ? `${state.result.size} more member${state.result.size === 1 ? ' is' : 's are'} needed` : `${state.result.size} members`}</strong>
              ; fewest people first:
            </p>
            <SwitchSetList search={state.result} label="Blocking coalitions" />
          </>
        ))}
    </div>
  );
}
