/**
 * The bundled population tables' names in French and German (the data files name them in
 * English). Tables added by the user keep the name they were given, but for the one the app
 * gives received figures.
 */
import type { Locale } from './locales';

const NAMES: Readonly<Record<string, readonly [fr: string, de: string]>> = {
  'council-2016': ['Conseil 2016 (UE-28 avec le Royaume-Uni)', 'Rat 2016 (EU-28 mit dem Vereinigten Königreich)'],
  'council-2022': ['Conseil 2022 (UE-27)', 'Rat 2022 (EU-27)'],
  'council-2020': ['Conseil 2020 (UE-27, à partir du 1er février 2020)', 'Rat 2020 (EU-27, ab 1. Februar 2020)'],
  'council-2025': ['Conseil 2025 (UE-27)', 'Rat 2025 (EU-27)'],
  'candidates-2017': ['Pays candidats (Eurostat 2017, dépassé)', 'Beitrittskandidaten (Eurostat 2017, veraltet)'],
};

/**
 * A population table's name in the language on screen.
 * @example datasetName({ id: 'council-2025', label: 'Council 2025 (EU-27)' }, 'de') // 'Rat 2025 (EU-27)'
 */
export function datasetName(d: { readonly id: string; readonly label: string }, locale: Locale): string {
  if (locale === 'en') return d.label;
  const both = NAMES[d.id];
  if (both) return locale === 'fr' ? both[0] : both[1];
  // The name the app gives figures it receives ("Council 2031 (EU-27)") reads in the language too.
  const own = /^Council (\d{4}) \(EU-(\d+)\)$/.exec(d.label);
  if (own) return locale === 'fr' ? `Conseil ${own[1]} (UE-${own[2]})` : `Rat ${own[1]} (EU-${own[2]})`;
  return d.label;
}
