import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MemberPower } from '../../core/power';

const SERIES = [
  { key: 'banzhafNormalized', name: 'Penrose–Banzhaf (normalized)', fill: '#1d3b8b' },
  { key: 'shapleyShubik', name: 'Shapley–Shubik', fill: '#12703f' },
  { key: 'populationShare', name: 'Population share', fill: '#8a4b00' },
  { key: 'sqrtShare', name: 'Square-root (Penrose) ideal', fill: '#9aa3b5' },
] as const;

/** Power against population share and the square-root ideal, member by member. */
export function PowerChart({ members }: { readonly members: readonly MemberPower[] }) {
  const data = [...members].sort((a, b) => b.populationShare - a.populationShare).map((m) => ({ ...m, name: m.code }));
  return (
    <div className="analysis__chart" role="img" aria-label="Bar chart of each member's voting power, population share and square-root ideal; the table below has the same figures">
      <ResponsiveContainer width="100%" height={340}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
          <YAxis tickFormatter={(v: number) => `${Math.round(v * 100)} %`} width={48} />
          <Tooltip formatter={(v) => `${(Number(v) * 100).toFixed(2)} %`} />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.fill} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
