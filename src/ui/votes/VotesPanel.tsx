import { useMemo, useState } from 'react';
import { voteRecord } from '../../core/votes/corpus';
import { filterVotes, searchIndex, type VoteFilter } from '../../core/votes/filter';
import { useT } from '../i18n/useT';
import { NO_FILTERS, VoteFilters, type FilterInputs } from './VoteFilters';
import { VoteList } from './VoteList';
import { useOpenVote } from './useOpenVote';
import { MemberRecordSection } from './MemberRecordSection';
import { CouncilRecordSection } from './CouncilRecordSection';
import { ReportedVotesSection } from './ReportedVotesSection';
import { RecordAttribution } from './RecordAttribution';
import { reportedVotes } from '../../core/votes/reportedCorpus';
import './votes.css';
import '../../i18n/votes/register';

function toFilter(f: FilterInputs): VoteFilter {
  return {
    ...(f.text.trim() ? { text: f.text } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.rule ? { rule: f.rule } : {}),
    ...(f.area ? { area: f.area } : {}),
    ...(f.configuration ? { configuration: f.configuration } : {}),
    ...(f.member ? { member: f.member, memberVote: f.memberVote } : {}),
    ...(f.contested ? { contested: true } : {}),
  };
}

/**
 * The Council's voting record: search, filter, open any vote as a scenario; a member's record.
 * A filter change filters once and redraws only what depends on it: the filters, the counts, the
 * rows in view (VoteList) and the reported votes; the parts beside them are memoised on fixed props.
 */
export default function VotesPanel() {
  const tr = useT();
  const { t } = tr;
  const record = voteRecord();
  const index = useMemo(() => searchIndex(record.votes), [record]);
  const [inputs, setInputs] = useState<FilterInputs>(NO_FILTERS);
  const filter = useMemo(() => toFilter(inputs), [inputs]);
  // Newest first: the record is kept oldest first.
  const found = useMemo(() => filterVotes(record.votes, filter, index).reverse(), [record, filter, index]);
  const open = useOpenVote();
  const areas = useMemo(() => [...index.areas].sort((a, b) => tr.compare(a, b)), [index, tr]);
  // Reported votes name only configurations the record has (Environment), so the record's list serves both.
  const configurations = useMemo(() => [...index.configurations].sort((a, b) => tr.compare(a, b)), [index, tr]);
  return (
    <div className="votes__panel">
      <VoteFilters
        value={inputs}
        onChange={setInputs}
        areas={areas}
        configurations={configurations}
        first={record.votes[0]?.date ?? ''}
        last={reportedVotes().votes[0]?.date ?? record.votes.at(-1)?.date ?? ''}
      />
      <ReportedVotesSection filter={filter} />
      <RecordAttribution record={record} />
      <p className="votes__count" aria-live="polite">
        {tr.tp('votes.count', found.length)}
      </p>
      <VoteList votes={found} onOpen={open} label={t('votes.list')} />
      <MemberRecordSection votes={record.votes} suggested={inputs.member || null} onOpen={open} />
      <CouncilRecordSection votes={record.votes} />
    </div>
  );
}
