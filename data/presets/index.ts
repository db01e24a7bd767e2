// Lists every preset file in data/presets; src/core/scenario/preset.ts validates them at load.
import carsCo2_2035_2023_03_28 from './cars-co2-2035-2023-03-28.json';
import csa2024_06_20 from './csa-2024-06-20.json';
import csa2024_10Early from './csa-2024-10-early.json';
import csa2025_10_08 from './csa-2025-10-08.json';
import csa2025_11_26 from './csa-2025-11-26.json';
import euMercosur2026_01_09 from './eu-mercosur-2026-01-09.json';
import natureRestoration2024_06_17 from './nature-restoration-2024-06-17.json';
import platformWork2024_02_16 from './platform-work-2024-02-16.json';
import platformWork2024_03_11 from './platform-work-2024-03-11.json';
import teachingDenmarkNotParticipating from './teaching-denmark-not-participating.json';
import teachingFourLeastPopulousAgainst from './teaching-four-least-populous-against.json';
import teachingThirteenNotInFavour from './teaching-thirteen-not-in-favour.json';
import teachingThreeMostPopulousAgainst from './teaching-three-most-populous-against.json';
import teachingUnanimityOneAbstention from './teaching-unanimity-one-abstention.json';

/** The texts each file must carry in the languages other than English, checked by the type checker. */
interface Translated {
  readonly title: string;
  readonly summary: string;
}
interface PresetFile {
  readonly translations: { readonly fr: Translated; readonly de: Translated };
}

export const PRESET_FILES = {
  'data/presets/cars-co2-2035-2023-03-28.json': carsCo2_2035_2023_03_28,
  'data/presets/csa-2024-06-20.json': csa2024_06_20,
  'data/presets/csa-2024-10-early.json': csa2024_10Early,
  'data/presets/csa-2025-10-08.json': csa2025_10_08,
  'data/presets/csa-2025-11-26.json': csa2025_11_26,
  'data/presets/eu-mercosur-2026-01-09.json': euMercosur2026_01_09,
  'data/presets/nature-restoration-2024-06-17.json': natureRestoration2024_06_17,
  'data/presets/platform-work-2024-02-16.json': platformWork2024_02_16,
  'data/presets/platform-work-2024-03-11.json': platformWork2024_03_11,
  'data/presets/teaching-denmark-not-participating.json': teachingDenmarkNotParticipating,
  'data/presets/teaching-four-least-populous-against.json': teachingFourLeastPopulousAgainst,
  'data/presets/teaching-thirteen-not-in-favour.json': teachingThirteenNotInFavour,
  'data/presets/teaching-three-most-populous-against.json': teachingThreeMostPopulousAgainst,
  'data/presets/teaching-unanimity-one-abstention.json': teachingUnanimityOneAbstention,
} as const satisfies Readonly<Record<string, PresetFile>>;
