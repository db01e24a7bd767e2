/**
 * The members on a slide, the SVG card and the view-only page are listed in the Council's
 * protocol order, as on the calculator and the print sheet; each tile keeps its place on the map.
 */
import { findDataset } from '../../../src/core/data/datasets';
import { tileGrid } from '../../../src/core/data/tileLayout';
import { PROTOCOL_ORDER } from '../../../src/core/rules/countries';
import { uniformScenario } from '../../../src/core/scenario/scenario';
import { translator } from '../../../src/i18n/translator';
import { slideOf } from '../../../src/ui/export/slideModel';

describe('the members of a slide', () => {
  it.each(['council-2025', 'council-2016'])('come in protocol order on %s, each tile where the map puts it', (id) => {
    const m = slideOf(uniformScenario(id, 'undecided'), translator('en'));
    const found = findDataset(id);
    if (!found.ok) throw new Error(found.error.message);
    const members: readonly string[] = found.value.members.map((x) => x.code);
    expect(m.tiles.map((t) => t.code)).toEqual(PROTOCOL_ORDER.filter((c) => members.includes(c)));
    expect(m.tiles.slice(0, 3).map((t) => t.name)).toEqual(['Belgium', 'Bulgaria', 'Czechia']);
    const placed = new Map(tileGrid(found.value.members.map((x) => x.code)).tiles.map((t) => [t.code, [t.row, t.col]]));
    for (const t of m.tiles) expect([t.row, t.col]).toEqual(placed.get(t.code));
  });
});
