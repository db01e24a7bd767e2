import { useMemo, useState } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';
import { ErrorText } from './ErrorText';
import { JobProgress } from './JobProgress';
import { MemberPicker } from './MemberPicker';
import { SwitchSetList } from './SwitchSetList';
import { useAnalysisVote } from './useAnalysisVote';
import { useJob } from './useJob';
import '../../i18n/analysis/register';

/** "With Germany against, who else is needed?": the closest blocking coalitions containing chosen members. */
export function BlockingCoalitionFinder() {
  const tr = useT();
  const { t } = tr;
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
  const names = job.with.map(tr.country).join(', ');
  return (
    <div className="analysis__direction">
      <h4>{t('analysis.blocking.heading')}</h4>
      <div className="analysis__filters">
        <MemberPicker label={t('analysis.blocking.with')} picked={job.with} options={participating} onChange={setWith} />
        <MemberPicker
          label={t('analysis.blocking.without')}
          picked={job.without}
          options={participating.filter((c) => !job.with.includes(c))}
          onChange={setWithout}
        />
      </div>
      {against.length > 0 && (
        <button type="button" onClick={() => setWith(against)}>
          {t('analysis.blocking.fromNo')}
        </button>
      )}
      {state.status === 'running' && <JobProgress label={t('analysis.searching')} progress={state.progress} />}
      {state.status === 'error' && (
        <p className="caution">
          <ErrorText error={state.error} />
        </p>
      )}
      {state.status === 'done' &&
        (state.result.alreadyBlocking ? (
          <p>{t('analysis.blocking.alone', { names })}</p>
        ) : state.result.size === null ? (
          <p>{t(state.result.truncated ? 'analysis.blocking.tooMany' : 'analysis.blocking.none')}</p>
        ) : (
          <>
            <p>
              {names
                ? rich(t('analysis.blocking.withNames', { names }), { needed: <strong>{tr.tp('analysis.blocking.needed', state.result.size)}</strong> })
                : rich(t('analysis.blocking.smallest'), { members: <strong>{tr.tp('n.member', state.result.size)}</strong> })}
            </p>
            <SwitchSetList search={state.result} label={t('analysis.blocking.list')} />
          </>
        ))}
    </div>
  );
}
