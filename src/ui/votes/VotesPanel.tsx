import { useDeferredValue, useMemo, useState } from 'react';
import { voteRecord } from '../../core/votes/corpus';
import { filterVotes, searchIndex, type VoteFilter } from '../../core/votes/filter';
import { useT } from '../i18n/useT';
import { day } from './day';
import { NO_FILTERS, VoteFilters, type FilterInputs } from './VoteFilters';
import { VoteListItem } from './VoteListItem';
import { useOpenVote } from './useOpenVote';
import { MemberRecordSection } from './MemberRecordSection';
import { CouncilRecordSection } from './CouncilRecordSection';
import { ReportedVotesSection } from './ReportedVotesSection';
import { reportedVotes } from '../../core/votes/reportedCorpus';
import './votes.css';
import '../../i18n/votes/register';

/**
 * How many results are rendered at first and per "Show more": a filter change redraws (React,
 * then style and layout) only these, about three screens' worth (timed by npm run bench:ui).
 */
const PAGE = 20;

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

/** The Council's public voting record: search, filter, open any vote as a scenario; a member's record. */
export default function VotesPanel() {
  const tr = useT();
  const { t } = tr;
  const record = voteRecord();
  const index = useMemo(() => searchIndex(record.votes), [record]);
  const [inputs, setInputs] = useState<FilterInputs>(NO_FILTERS);
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(inputs);
  const filter = useMemo(() => toFilter(deferred), [deferred]);
  // Newest first: the record is kept oldest first.
  const found = useMemo(() => filterVotes(record.votes, filter, index).reverse(), [record, filter, index]);
  const open = useOpenVote();
  const areas = useMemo(() => [...index.areas].sort((a, b) => tr.compare(a, b)), [index, tr]);
  // Reported votes name only configurations the record has (Environment), so the record's list serves both.
  const configurations = useMemo(() => [...index.configurations].sort((a, b) => tr.compare(a, b)), [index, tr]);
  const excluded = record.excluded;
  const { source } = record;
  return (
    <div className="votes__panel">
      <VoteFilters
        value={inputs}
        onChange={(next) => {
          setInputs(next);
          setShown(PAGE);
        }}
        areas={areas}
        configurations={configurations}
        first={record.votes[0]?.date ?? ''}
        last={reportedVotes().votes[0]?.date ?? record.votes.at(-1)?.date ?? ''}
      />
      <ReportedVotesSection filter={filter} />
      <h3 className="votes__part">{t('votes.record.heading')}</h3>
      <p className="hint votes__attribution">
        {t('votes.attribution', {
          attribution: source.attribution,
          licence: source.licence,
          excluded: t('votes.excludedWhy', {
            ids: excluded.map((e) => e.id).join(', '),
            date: excluded[0] ? day(tr.locale, excluded[0].date) : '',
          }),
        })}{' '}
        <a href={source.address} target="_blank" rel="noreferrer noopener">
          doi:10.7802/2560
        </a>{' '}
        ·{' '}
        <a href={source.licenceAddress} target="_blank" rel="noreferrer noopener">
          {source.licence}
        </a>
      </p>
      <p className="hint">{t('votes.outcomeNote')}</p>
      <p className="votes__count" aria-live="polite">
        {tr.tp('votes.count', found.length)}
      </p>
      <ul className="votes__list" aria-label={t('votes.list')}>
        {found.slice(0, shown).map((v) => (
          <VoteListItem key={v.id} vote={v} onOpen={open} />
        ))}
      </ul>
      {found.length > shown && (
        <button type="button" className="votes__more" onClick={() => setShown((n) => n + PAGE)}>
          {t('votes.showMore', { n: tr.count(Math.min(PAGE, found.length - shown)) })}
        </button>
      )}
      <MemberRecordSection votes={record.votes} suggested={inputs.member || null} onOpen={open} />
      <CouncilRecordSection votes={record.votes} />
    </div>
  );
}
