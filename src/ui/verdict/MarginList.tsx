import type { MarginBlock } from './explain';

/** The margins of a settled verdict: the case they rest on as a lead-in, then one sentence a line. */
export function MarginList({ block }: { readonly block: MarginBlock }) {
  if (block.lines.length === 0) return null;
  return (
    <div className="margins">
      {block.lead && <p className="margins__lead">{block.lead}</p>}
      <ul>
        {block.lines.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </div>
  );
}
