import { useMemo, type CSSProperties } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { Dataset } from '../../core/data/dataset';
import { tileGrid } from '../../core/data/tileLayout';
import type { Positions } from '../../core/rules/vote';
import { Tile } from './Tile';
import './map.css';

/** The tile map as a picture of any scenario (print): no controls, hidden from assistive technology. */
export function StaticTileMap({ dataset, positions, pivotal }: { readonly dataset: Dataset; readonly positions: Positions; readonly pivotal: ReadonlySet<CountryCode> }) {
  const grid = useMemo(() => tileGrid(dataset.members.map((m) => m.code)), [dataset]);
  const style = { '--cols': grid.cols, '--rows': grid.rows } as CSSProperties;
  return (
    <div className="tilemap" style={style} aria-hidden="true">
      {grid.tiles.map((t) => (
        <Tile
          key={t.code}
          code={t.code}
          position={positions[t.code] ?? 'undecided'}
          pivotal={pivotal.has(t.code)}
          row={t.row}
          col={t.col}
          interactive={false}
        />
      ))}
    </div>
  );
}
