import { MapLegend } from './MapLegend';
import { PopulationBar } from './PopulationBar';
import { TileMap } from './TileMap';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

/** The map view of the members: tiles, legend, and the population bar. */
export function MapView() {
  const { t } = useT();
  return (
    <section className="mapview" aria-label={t('map.label')}>
      <p className="hint">{t('map.hint')}</p>
      <div className="mapview__map">
        <TileMap />
        <MapLegend />
      </div>
      <h3 className="mapview__title">{t('map.populationTitle')}</h3>
      <PopulationBar />
    </section>
  );
}
