import { useMemo, useState } from 'react';
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip } from 'recharts';
import { recordAxes } from './recordAxes';
import type { CountryCode } from '../../core/rules/countries';
import { memberRecord, type RecordBucket } from '../../core/votes/memberRecord';
import type { RecordedVote } from '../../core/votes/record';
import { useT } from '../i18n/useT';
import { VoteListItem } from './VoteListItem';
import '../../i18n/votes/register';

type View = 'year' | 'area';
type What = 'against' | 'abstained';

interface Props {
  readonly votes: readonly RecordedVote[];
  readonly code: CountryCode;
  readonly onOpen: (vote: RecordedVote) => void;
}

const FILL: Readonly<Record<What, string>> = { against: '#b3261e', abstained: '#8a6d00' };

/** How often a member voted against or abstained, by year or policy area; each count lists its votes. */
export default function MemberRecordChart({ votes, code, onOpen }: Props) {
  const tr = useT();
  const { t } = tr;
  const [view, setView] = useState<View>('year');
  const [picked, setPicked] = useState<{ key: string | null; what: What } | null>(null);
  const record = useMemo(() => memberRecord(votes, code), [votes, code]);
  const buckets = view === 'year' ? record.byYear : record.byArea;
  const label = (b: RecordBucket) => b.key ?? t('votes.chart.noArea');
  const data = buckets.map((b) => ({
    name: label(b),
    key: b.key,
    against: b.against.length,
    abstained: b.abstained.length,
  }));
  const member = tr.country(code);
  const selected = picked ? buckets.find((b) => b.key === picked.key) : undefined;
  const behind = selected && picked ? [...selected[picked.what]].reverse() : [];
  const choose = (key: string | null, what: What) => setPicked({ key, what });
  const height = view === 'year' ? 260 : Math.max(260, data.length * 24 + 60);
  return (
    <div className="record">
      <p>
        {t('votes.chart.summary', {
          member,
          votes: tr.count(record.votes),
          against: tr.count(record.against),
          abstained: tr.count(record.abstained),
        })}
      </p>
      <div className="record__views" role="group" aria-label={t('votes.chart.heading')}>
        {(['year', 'area'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => {
              setView(v);
              setPicked(null);
            }}
          >
            {t(v === 'year' ? 'votes.chart.byYear' : 'votes.chart.byArea')}
          </button>
        ))}
      </div>
      <div className="record__chart" role="img" aria-label={t('votes.chart.alt', { member })}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={data}
            layout={view === 'year' ? 'horizontal' : 'vertical'}
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          >
            {recordAxes(view)}
            <Tooltip />
            <Legend />
            {(['against', 'abstained'] as const).map((w) => (
              <Bar
                key={w}
                dataKey={w}
                stackId="n"
                name={t(w === 'against' ? 'votes.chart.against' : 'votes.chart.abstained')}
                fill={FILL[w]}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(_, i) => {
                  const b = buckets[i];
                  if (b) choose(b.key, w);
                }}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="record__table">
        <table>
          <thead>
            <tr>
              <th scope="col">{t(view === 'year' ? 'votes.chart.col.year' : 'votes.chart.col.area')}</th>
              <th scope="col">{t('votes.chart.col.votes')}</th>
              <th scope="col">{t('votes.chart.against')}</th>
              <th scope="col">{t('votes.chart.abstained')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.key ?? ''}>
                <th scope="row" lang={view === 'area' && b.key ? 'en' : undefined}>
                  {label(b)}
                </th>
                <td>{tr.count(b.votes)}</td>
                {(['against', 'abstained'] as const).map((w) => (
                  <td key={w}>
                    {b[w].length > 0 ? (
                      <button
                        type="button"
                        className="record__count"
                        aria-pressed={picked?.key === b.key && picked?.what === w}
                        aria-label={`${label(b)}: ${t(w === 'against' ? 'votes.chart.against' : 'votes.chart.abstained')} ${b[w].length}`}
                        onClick={() => choose(b.key, w)}
                      >
                        {tr.count(b[w].length)}
                      </button>
                    ) : (
                      '0'
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected && picked && (
        <section
          className="record__behind"
          aria-label={t('votes.chart.behind', {
            bucket: label(selected),
            member,
            what: t(picked.what === 'against' ? 'votes.memberVote.no' : 'votes.memberVote.abstain'),
          })}
        >
          <h4>
            {t('votes.chart.behind', {
              bucket: label(selected),
              member,
              what: t(picked.what === 'against' ? 'votes.memberVote.no' : 'votes.memberVote.abstain'),
            })}
          </h4>
          <ul className="votes__list">
            {behind.map((v) => (
              <VoteListItem key={v.id} vote={v} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
