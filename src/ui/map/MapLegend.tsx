import { POSITION_OPTIONS, positionLabel } from '../members/positionOptions';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

/** What the colours, patterns and symbols of the tiles mean. */
export function MapLegend() {
  const tr = useT();
  return (
    <ul className="legend" aria-label={tr.t('map.legend')}>
      {POSITION_OPTIONS.map((o) => (
        <li key={o.value}>
          <span className={`legend__swatch tile--${o.value}`} aria-hidden="true">
            {o.icon}
          </span>
          {positionLabel(o.value, tr)}
        </li>
      ))}
      <li>
        <span className="legend__swatch legend__swatch--pivot" aria-hidden="true">
          ◆
        </span>
        {tr.t('map.pivotal')}
      </li>
    </ul>
  );
}
