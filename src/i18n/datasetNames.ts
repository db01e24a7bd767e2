/**
 * The bundled population tables' names in French and German (the data files name them in
 * English). Tables added by the user keep the name they were given.
 */
import type { Locale } from './locales';

const NAMES: Readonly<Record<string, readonly [fr: string, de: string]>> = {
  'council-2016': ['Conseil 2016 (UE-28 avec le Royaume-Uni)', 'Rat 2016 (EU-28 mit dem Vereinigten Königreich)'],
  'council-2020': ['Conseil 2020 (UE-27, à partir du 1er février 2020)', 'Rat 2020 (EU-27, ab 1. Februar 2020)'],
  'council-2025': ['Conseil 2025 (UE-27)', 'Rat 2025 (EU-27)'],
  'candidates-2017': ['Pays candidats (Eurostat 2017, dépassé)', 'Beitrittskandidaten (Eurostat 2017, veraltet)'],
};

/**
 * A population table's name in the language on screen.
 * @example datasetName({ id: 'council-2025', label: 'Council 2025 (EU-27)' }, 'de') // 'Rat 2025 (EU-27)'
 */
export function datasetName(d: { readonly id: string; readonly label: string }, locale: Locale): string {
  const both = NAMES[d.id];
  if (locale === 'en' || !both) return d.label;
  return locale === 'fr' ? both[0] : both[1];
}
