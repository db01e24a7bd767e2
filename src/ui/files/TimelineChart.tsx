import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimelinePoint } from '../../core/scenario/timeline';
import type { Translator } from '../../i18n/translator';
import '../../i18n/files/register';

interface Props {
  readonly points: readonly TimelinePoint[];
  readonly tr: Translator;
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** A share in percent for drawing only; every comparison with a threshold is made by the engine. */
const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);

/** First days of months between two times, every 1, 3, 6 or 12 months so that at most about six show. */
function monthTicks(from: number, to: number): number[] {
  const months = (to - from) / (30.44 * DAY);
  const step = [1, 3, 6, 12, 24].find((n) => months / n <= 6) ?? 48;
  const start = new Date(from);
  const out: number[] = [];
  for (let m = Math.ceil((start.getUTCFullYear() * 12 + start.getUTCMonth() + 1) / step) * step; ; m += step) {
    const at = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (at > to) return out;
    if (at >= from) out.push(at);
  }
}

/**
 * The timeline on a true time axis: members in favour against the 15-member line, and the
 * population in favour and not in favour against the 65 % and 35 % lines, each with the band the
 * undecided span. Hidden from screen readers: the table beside it has the same figures.
 */
export default function TimelineChart({ points, tr }: Props) {
  const { t } = tr;
  const data = points.map((p) => ({
    at: time(p.date),
    members: p.membersInFavour.declared,
    membersRange: [p.membersInFavour.declared, p.membersInFavour.possible],
    inFavour: pct(p.populationInFavour.declared, p.populationParticipating),
    inFavourRange: [pct(p.populationInFavour.declared, p.populationParticipating), pct(p.populationInFavour.possible, p.populationParticipating)],
    notInFavour: pct(p.populationNotInFavour.declared, p.populationParticipating),
    notInFavourRange: [pct(p.populationNotInFavour.declared, p.populationParticipating), pct(p.populationNotInFavour.possible, p.populationParticipating)],
  }));
  const first = data[0]?.at ?? 0;
  const last = data[data.length - 1]?.at ?? 0;
  // A little room either side so the first and last snapshots are not on the frame.
  const pad = Math.max(15 * DAY, (last - first) / 20);
  const from = first - pad;
  const to = last + pad;
  const ticks = monthTicks(from, to);
  const month = new Intl.DateTimeFormat(tr.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const x = (
    <XAxis dataKey="at" type="number" scale="time" domain={[from, to]} ticks={ticks} tickFormatter={(v: number) => month.format(v)} tick={{ fontSize: 12 }} />
  );
  const tooltipDay = (v: unknown) => (typeof v === 'number' ? tr.day(new Date(v).toISOString().slice(0, 10)) : String(v));
  const members = Math.max(27, ...points.map((p) => p.membersParticipating));
  return (
    <div className="timeline__chart" role="img" aria-label={t('files.chart.label')}>
      <h4 aria-hidden="true">{t('files.chart.members')}</h4>
      <ResponsiveContainer width="100%" height={170}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {x}
          <YAxis domain={[0, members]} ticks={[0, 15, members]} allowDecimals={false} width={40} />
          <Tooltip labelFormatter={tooltipDay} formatter={(v) => (Array.isArray(v) ? v.join('–') : String(v))} />
          <Area dataKey="membersRange" name={t('files.chart.inFavourRange')} fill="#1b6e3a" fillOpacity={0.15} stroke="none" isAnimationActive={false} />
          <Line dataKey="members" name={t('files.chart.inFavour')} stroke="#1b6e3a" strokeWidth={2} isAnimationActive={false} />
          <ReferenceLine y={15} stroke="#333" strokeDasharray="6 3" label={{ value: t('files.chart.line15'), position: 'insideTopLeft', fontSize: 12 }} />
        </ComposedChart>
      </ResponsiveContainer>
      <h4 aria-hidden="true">{t('files.chart.population')}</h4>
      <ResponsiveContainer width="100%" height={230}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {x}
          <YAxis domain={[0, 100]} ticks={[0, 35, 65, 100]} width={40} />
          <Tooltip labelFormatter={tooltipDay} formatter={(v) => (Array.isArray(v) ? v.map((n: number) => tr.percent(n, 1)).join('–') : tr.percent(Number(v), 1))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Area dataKey="inFavourRange" name={t('files.chart.inFavourRange')} fill="#1b6e3a" fillOpacity={0.15} stroke="none" isAnimationActive={false} />
          <Line dataKey="inFavour" name={t('files.chart.inFavour')} stroke="#1b6e3a" strokeWidth={2} isAnimationActive={false} />
          <Area dataKey="notInFavourRange" name={t('files.chart.notInFavourRange')} fill="#b3261e" fillOpacity={0.12} stroke="none" isAnimationActive={false} />
          <Line dataKey="notInFavour" name={t('files.chart.notInFavour')} stroke="#b3261e" strokeWidth={2} strokeDasharray="5 3" isAnimationActive={false} />
          <ReferenceLine y={65} stroke="#333" strokeDasharray="6 3" label={{ value: t('files.chart.line65'), position: 'insideTopLeft', fontSize: 12 }} />
          <ReferenceLine y={35} stroke="#b3261e" strokeDasharray="2 2" label={{ value: t('files.chart.line35'), position: 'insideBottomLeft', fontSize: 12 }} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
