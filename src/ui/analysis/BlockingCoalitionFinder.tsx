import { useMemo, useState } from 'react';
import { countryName, type CountryCode } from '../../core/countries';
import { participantsOf } from '../../core/undecidedPaths';
import { JobProgress } from './JobProgress';
import { MemberPicker } from './MemberPicker';
import { SwitchSetList } from './SwitchSetList';
import { useJob } from './useJob';
import { useVote } from './useVote';

/** "With Germany against, who else is needed?": the closest blocking coalitions containing chosen members. */
export function BlockingCoalitionFinder() {
  const { electorate, positions, rule } = useVote();
  const [withMembers, setWith] = useState<CountryCode[]>([]);
  const [without, setWithout] = useState<CountryCode[]>([]);
  const participating = useMemo(() => participantsOf(electorate, positions), [electorate, positions]);
  // Members who have since left the vote (set to "Not participating") drop out of both lists.
  const inVote = (codes: CountryCode[]) => codes.filter((c) => participating.includes(c));
  const job = useMemo(
    () => ({ kind: 'blocking' as const, electorate, participating, rule, with: inVote(withMembers), without: inVote(without) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- inVote only reads `participating`
    [electorate, participating, rule, withMembers, without],
  );
  const state = useJob(job);
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
