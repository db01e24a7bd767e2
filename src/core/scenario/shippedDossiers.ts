/**
 * The files the app ships: real Council files followed through the presets that record them,
 * in date order. Each snapshot is the preset opened as a scenario, in the language asked.
 */
import { findPreset, presetScenario, type PresetLanguage } from './preset';
import type { Dossier } from './dossier';

export interface ShippedDossier {
  readonly id: string;
  /** The English name; the app shows the name in the language on screen. */
  readonly name: string;
  readonly presets: readonly string[];
}

export const SHIPPED_DOSSIERS: readonly ShippedDossier[] = [
  { id: 'csa-regulation', name: 'CSA Regulation (“chat control”)', presets: ['csa-2024-06-20', 'csa-2024-10-early', 'csa-2025-10-08', 'csa-2025-11-26'] },
  { id: 'platform-work', name: 'Platform Work Directive', presets: ['platform-work-2024-02-16', 'platform-work-2024-03-11'] },
];

/**
 * A shipped file as a file of snapshots, one per preset (snapshot id = preset id).
 * A preset missing from the build is a build defect, so this throws naming it.
 * @example shippedDossier(SHIPPED_DOSSIERS[0]!).snapshots.map((s) => s.date) // ['2024-06-20', '2024-10-01', '2025-10-08', '2025-11-26']
 */
export function shippedDossier(d: ShippedDossier, lang: PresetLanguage = 'en'): Dossier {
  const snapshots = d.presets.map((id) => {
    const p = findPreset(id);
    if (!p) throw new Error(`The shipped file ${d.id} names a preset that is not shipped: ${id}.`);
    return { id, date: p.date, scenario: presetScenario(p, lang) };
  });
  const last = snapshots[snapshots.length - 1]?.date ?? '2024-01-01';
  return { id: d.id, name: d.name, snapshots, createdAt: `${last}T00:00:00.000Z`, updatedAt: `${last}T00:00:00.000Z` };
}

export function findShippedDossier(id: string): ShippedDossier | undefined {
  return SHIPPED_DOSSIERS.find((d) => d.id === id);
}
