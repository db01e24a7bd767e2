import { memo, useMemo, useState } from 'react';
import type { VoteFilter } from '../../core/votes/filter';
import { reportedVotes } from '../../core/votes/reportedCorpus';
import { filterReported, reportedIndex } from '../../core/votes/reportedScenario';
import { useT } from '../i18n/useT';
import { ReportedVoteItem } from './ReportedVoteItem';
import { useOpenReported } from './useOpenVote';
import '../../i18n/votes/register';

/**
 * The votes reported in the press since the record ends, apart from it, under the same filters:
 * their count at once, the votes themselves on request, so the filters sit close to the record's
 * results and a filter change does not redraw the long reported entries unless they are shown.
 */
export const ReportedVotesSection = memo(function ReportedVotesSection({ filter }: { readonly filter: VoteFilter }) {
  const tr = useT();
  const { t } = tr;
  const votes = reportedVotes().votes;
  const index = useMemo(() => reportedIndex(votes), [votes]);
  const found = useMemo(() => filterReported(votes, filter, index), [votes, filter, index]);
  const open = useOpenReported();
  const [shown, setShown] = useState(false);
  return (
    <section className="votes__reported" aria-labelledby="votes-reported-heading">
      <h3 id="votes-reported-heading">{t('votes.reported.heading')}</h3>
      <p className="hint">{t('votes.reported.intro')}</p>
      <p className="votes__count" aria-live="polite">
        {tr.tp('votes.reported.count', found.length)}
      </p>
      {found.length > 0 && (
        <details className="votes__reported-list" open={shown} onToggle={(e) => setShown(e.currentTarget.open)}>
          <summary>{t('votes.reported.show')}</summary>
          {shown && (
            <ul className="votes__list" aria-label={t('votes.reported.list')}>
              {found.map((v) => (
                <ReportedVoteItem key={v.id} vote={v} onOpen={open} />
              ))}
            </ul>
          )}
        </details>
      )}
    </section>
  );
});
