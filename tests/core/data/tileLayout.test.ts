import { COUNTRY_NAMES, type CountryCode, type KnownCode } from '../../../src/core/rules/countries';
import { findDataset } from '../../../src/core/data/datasets';
import { TILE_LAYOUT, tileGrid, tileNeighbour } from '../../../src/core/data/tileLayout';

const codes = (id: string) => {
  const ds = findDataset(id);
  if (!ds.ok) throw new Error(ds.error.message);
  return ds.value.members.map((m) => m.code);
};
const c = (x: string) => x as CountryCode;

describe('the tile layout', () => {
  it('places every known country on its own cell', () => {
    const cells = Object.values(TILE_LAYOUT).map((p) => `${p.row},${p.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(Object.keys(TILE_LAYOUT).sort()).toEqual(Object.keys(COUNTRY_NAMES).sort());
  });

  it('draws the EU-27 as 8 rows of 8 columns, the empty candidates row dropped', () => {
    const grid = tileGrid(codes('council-2025'));
    expect(grid.tiles).toHaveLength(27);
    expect([grid.rows, grid.cols]).toEqual([8, 8]);
    const at = (code: KnownCode) => grid.tiles.find((t) => t.code === code);
    expect(at('SE')).toMatchObject({ row: 0, col: 4 });
    expect(at('MT')).toMatchObject({ row: 6, col: 2 });
    expect(at('EL')).toMatchObject({ row: 7, col: 6 });
    expect(grid.tiles[0]?.code).toBe('SE'); // reading order: north first
  });

  it('makes room for the United Kingdom in EU-28 figures', () => {
    const grid = tileGrid(codes('council-2016'));
    expect(grid.tiles).toHaveLength(28);
    expect(grid.tiles.find((t) => t.code === 'UK')).toMatchObject({ row: 1, col: 1 });
  });

  it('moves with the arrows to the nearest tile in that direction', () => {
    const grid = tileGrid(codes('council-2025'));
    expect(tileNeighbour(grid, c('DE'), 'right')).toBe('PL');
    expect(tileNeighbour(grid, c('DE'), 'left')).toBe('NL');
    expect(tileNeighbour(grid, c('DE'), 'up')).toBe('DK');
    expect(tileNeighbour(grid, c('DE'), 'down')).toBe('CZ');
    expect(tileNeighbour(grid, c('IT'), 'down')).toBe('MT');
    expect(tileNeighbour(grid, c('MT'), 'down')).toBe('EL'); // the nearest below, far to the side
    expect(tileNeighbour(grid, c('BG'), 'down')).toBe('EL');
    expect(tileNeighbour(grid, c('PT'), 'left')).toBeNull();
    expect(tileNeighbour(grid, c('CY'), 'down')).toBeNull();
  });

  it('reaches every member from every other by arrow keys', () => {
    const grid = tileGrid(codes('council-2025'));
    const seen = new Set<string>(['DE']);
    const queue = [c('DE')];
    while (queue.length) {
      const here = queue.shift()!;
      for (const dir of ['up', 'down', 'left', 'right'] as const) {
        const next = tileNeighbour(grid, here, dir);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(27);
  });
});
