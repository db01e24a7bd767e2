import { POSITION_OPTIONS } from '../positionOptions';

/** What the colours, patterns and symbols of the tiles mean. */
export function MapLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      {POSITION_OPTIONS.map((o) => (
        <li key={o.value}>
          <span className={`legend__swatch tile--${o.value}`} aria-hidden="true">
            {o.icon}
          </span>
          {o.label}
        </li>
      ))}
      <li>
        <span className="legend__swatch legend__swatch--pivot" aria-hidden="true">
          ◆
        </span>
        Pivotal
      </li>
    </ul>
  );
}
