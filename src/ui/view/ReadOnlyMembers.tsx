import type { CSSProperties } from 'react';
import { Tile } from '../map/Tile';
import '../map/map.css';
import type { SlideModel } from '../export/slideModel';

/** The members as on the map (colour, pattern, symbol), its legend, and each member's position in words. */
export function ReadOnlyMembers({ m, heading, colon }: { readonly m: SlideModel; readonly heading: string; readonly colon: string }) {
  const style = { '--cols': m.grid.cols, '--rows': m.grid.rows } as CSSProperties;
  return (
    <section className="readonly-members" aria-label={heading}>
      <h2>{heading}</h2>
      <div className="readonly-members__map">
        <div className="tilemap" style={style} aria-hidden="true">
          {m.tiles.map((t) => (
            <Tile key={t.code} code={t.code} position={t.position} pivotal={t.pivotal} row={t.row} col={t.col} interactive={false} />
          ))}
        </div>
        <ul className="readonly-members__legend" aria-hidden="true">
          {m.legend.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </div>
      <ul className="readonly-members__list">
        {m.tiles.map((t) => (
          <li key={t.code} className={`readonly-members__item--${t.position}`}>
            <span aria-hidden="true">{t.icon} </span>
            {t.name}
            {colon}
            {t.label}
            {t.pivotal && <span aria-hidden="true"> ◆</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
