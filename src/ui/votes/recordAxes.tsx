import { CartesianGrid, XAxis, YAxis } from 'recharts';

/**
 * The grid and axes the record's bar charts share: years along the bottom, or policy areas
 * down the side (long names need the width). A function, not a component: Recharts reads its
 * axes from the chart's own children.
 */
export function recordAxes(view: 'year' | 'area') {
  return (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      {view === 'year' ? (
        <>
          <XAxis dataKey="name" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width="auto" />
        </>
      ) : (
        <>
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
        </>
      )}
    </>
  );
}
