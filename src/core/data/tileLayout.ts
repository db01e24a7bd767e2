/**
 * A tile map of Europe: one equal square per member at its rough place on the map, so Malta and
 * Luxembourg are as visible as France. Hand-made data (rows run north to south, columns west to
 * east); candidates and the United Kingdom have places too, for the datasets that include them.
 */
import type { CountryCode, KnownCode } from '../rules/countries';

export interface TilePlace {
  readonly row: number;
  readonly col: number;
}

export const TILE_LAYOUT: Readonly<Record<KnownCode, TilePlace>> = {
  IS: { row: 0, col: 0 }, SE: { row: 0, col: 4 }, FI: { row: 0, col: 5 },
  IE: { row: 1, col: 0 }, UK: { row: 1, col: 1 }, DK: { row: 1, col: 3 }, EE: { row: 1, col: 5 },
  NL: { row: 2, col: 2 }, DE: { row: 2, col: 3 }, PL: { row: 2, col: 4 }, LV: { row: 2, col: 5 },
  BE: { row: 3, col: 1 }, LU: { row: 3, col: 2 }, CZ: { row: 3, col: 3 }, SK: { row: 3, col: 4 }, LT: { row: 3, col: 5 }, UA: { row: 3, col: 6 },
  FR: { row: 4, col: 1 }, AT: { row: 4, col: 3 }, HU: { row: 4, col: 4 }, RO: { row: 4, col: 5 }, MD: { row: 4, col: 6 }, GE: { row: 4, col: 7 },
  PT: { row: 5, col: 0 }, ES: { row: 5, col: 1 }, IT: { row: 5, col: 2 }, SI: { row: 5, col: 3 }, HR: { row: 5, col: 4 }, RS: { row: 5, col: 5 }, BG: { row: 5, col: 6 }, TR: { row: 5, col: 7 },
  MT: { row: 6, col: 2 }, BA: { row: 6, col: 4 }, ME: { row: 6, col: 5 }, XK: { row: 6, col: 6 },
  AL: { row: 7, col: 5 }, MK: { row: 7, col: 6 },
  EL: { row: 8, col: 6 }, CY: { row: 8, col: 7 },
};

export interface Tile extends TilePlace {
  readonly code: CountryCode;
}

export interface TileGrid {
  /** In reading order: north to south, then west to east. */
  readonly tiles: readonly Tile[];
  readonly rows: number;
  readonly cols: number;
}

/**
 * The tiles of the given members, trimmed to the rows and columns they use. Rows left empty
 * (the candidates' row in an EU-27 map) are dropped, so the map stays compact.
 * @example tileGrid(eu27Codes).rows // 8
 */
export function tileGrid(codes: readonly CountryCode[]): TileGrid {
  const placed = codes.map((code) => ({ code, ...TILE_LAYOUT[code as KnownCode] })).filter((t) => t.row !== undefined);
  if (placed.length === 0) return { tiles: [], rows: 0, cols: 0 };
  const usedRows = [...new Set(placed.map((t) => t.row))].sort((a, b) => a - b);
  const minCol = Math.min(...placed.map((t) => t.col));
  const maxCol = Math.max(...placed.map((t) => t.col));
  const tiles = placed
    .map((t) => ({ code: t.code, row: usedRows.indexOf(t.row), col: t.col - minCol }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { tiles, rows: usedRows.length, cols: maxCol - minCol + 1 };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The tile an arrow key moves to: the nearest tile in that direction, preferring the same row
 * (or column), then the smallest sideways offset. Null at the edge.
 * @example tileNeighbour(grid, 'DE', 'right') // 'PL'
 */
export function tileNeighbour(grid: TileGrid, from: CountryCode, dir: Direction): CountryCode | null {
  const here = grid.tiles.find((t) => t.code === from);
  if (!here) return null;
  const along = (t: Tile) => (dir === 'up' ? here.row - t.row : dir === 'down' ? t.row - here.row : dir === 'left' ? here.col - t.col : t.col - here.col);
  const across = (t: Tile) => (dir === 'up' || dir === 'down' ? Math.abs(t.col - here.col) : Math.abs(t.row - here.row));
  let best: Tile | null = null;
  let bestScore = Infinity;
  for (const t of grid.tiles) {
    const a = along(t);
    if (a <= 0) continue;
    // A sideways step costs more than a forward one, so the arrow keeps its line where it can.
    const score = a + 2 * across(t);
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best?.code ?? null;
}
