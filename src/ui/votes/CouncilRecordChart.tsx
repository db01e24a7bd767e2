import { useMemo, useState } from 'react';
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip } from 'recharts';
import { recordAxes } from './recordAxes';
import { contestedBy, type ContestedBucket } from '../../core/votes/councilRecord';
import type { RecordedVote } from '../../core/votes/record';
import { useT } from '../i18n/useT';
import { AgreementTable } from './AgreementTable';
import '../../i18n/votes/register';

type View = 'year' | 'area';

interface Props {
  readonly votes: readonly RecordedVote[];
}

/** Contested votes of the whole Council by year or policy area (chart and table), and who votes with whom. */
export default function CouncilRecordChart({ votes }: Props) {
  const tr = useT();
  const { t } = tr;
  const [view, setView] = useState<View>('year');
  const by = useMemo(() => contestedBy(votes), [votes]);
  const buckets = view === 'year' ? by.byYear : by.byArea;
  const label = (b: ContestedBucket) => b.key ?? t('votes.chart.noArea');
  const data = buckets.map((b) => ({ name: label(b), contested: b.contested, rest: b.votes - b.contested }));
  const total = by.byYear.reduce((n, b) => n + b.votes, 0);
  const contested = by.byYear.reduce((n, b) => n + b.contested, 0);
  const viewName = t(view === 'year' ? 'votes.chart.byYear' : 'votes.chart.byArea');
  const height = view === 'year' ? 260 : Math.max(260, data.length * 24 + 60);
  return (
    <div className="record">
      <p>{t('votes.council.summary', { contested: tr.count(contested), votes: tr.count(total) })}</p>
      <div className="record__views" role="group" aria-label={t('votes.council.views')}>
        {(['year', 'area'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(v === 'year' ? 'votes.chart.byYear' : 'votes.chart.byArea')}
          </button>
        ))}
      </div>
      <div className="record__chart" role="img" aria-label={t('votes.council.alt', { view: viewName })}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={data}
            layout={view === 'year' ? 'horizontal' : 'vertical'}
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          >
            {recordAxes(view)}
            <Tooltip />
            <Legend />
            <Bar
              dataKey="contested"
              stackId="n"
              name={t('votes.council.contested')}
              fill="#b3261e"
              isAnimationActive={false}
            />
            <Bar
              dataKey="rest"
              stackId="n"
              name={t('votes.council.uncontested')}
              fill="#9aa5b1"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="record__table">
        <table>
          <thead>
            <tr>
              <th scope="col">{t(view === 'year' ? 'votes.chart.col.year' : 'votes.chart.col.area')}</th>
              <th scope="col">{t('votes.council.all')}</th>
              <th scope="col">{t('votes.council.contested')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.key ?? ''}>
                <th scope="row" lang={view === 'area' && b.key ? 'en' : undefined}>
                  {label(b)}
                </th>
                <td>{tr.count(b.votes)}</td>
                <td>{tr.count(b.contested)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AgreementTable votes={votes} />
    </div>
  );
}
