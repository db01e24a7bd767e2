import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MemberPower } from '../../core/analysis/power';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../i18n/useT';
import '../../i18n/analysis/register';

const SERIES: readonly { readonly key: keyof MemberPower; readonly name: MessageKey; readonly fill: string }[] = [
  { key: 'banzhafNormalized', name: 'analysis.chart.banzhaf', fill: '#1d3b8b' },
  { key: 'shapleyShubik', name: 'analysis.chart.shapley', fill: '#12703f' },
  { key: 'populationShare', name: 'analysis.chart.population', fill: '#8a4b00' },
  { key: 'sqrtShare', name: 'analysis.chart.sqrt', fill: '#9aa3b5' },
];

/** Power against population share and the square-root ideal, member by member. */
export function PowerChart({ members }: { readonly members: readonly MemberPower[] }) {
  const tr = useT();
  const data = [...members].sort((a, b) => b.populationShare - a.populationShare).map((m) => ({ ...m, name: m.code }));
  return (
    <div className="analysis__chart" role="img" aria-label={tr.t('analysis.chart.label')}>
      {/* 27 codes need about 20 px each: narrower than that, the chart scrolls sideways in its box. */}
      <ResponsiveContainer width="100%" height={340} minWidth={544}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Upright codes: 27 of them at 12 px fit a phone only turned on their side. */}
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} angle={-90} textAnchor="end" dy={-2} dx={-4} height={32} />
          <YAxis tickFormatter={(v: number) => tr.percent(Math.round(v * 100))} width={48} />
          <Tooltip formatter={(v) => tr.percent(Number(v) * 100, 2)} />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={tr.t(s.name)} fill={s.fill} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
