import { MapLegend } from './MapLegend';
import { PopulationBar } from './PopulationBar';
import { TileMap } from './TileMap';

/** The map view of the members: tiles, legend, and the population bar. */
export function MapView() {
  return (
    <section className="mapview" aria-label="Map">
      <p className="hint">
        Click a tile to move it to the next position. On a focused tile: arrow keys move between members; Y yes, N no, A abstain, P not
        participating, U undecided. ◆ marks a pivotal member.
      </p>
      <div className="mapview__map">
        <TileMap />
        <MapLegend />
      </div>
      <h3 className="mapview__title">Population of the participating members</h3>
      <PopulationBar />
    </section>
  );
}
