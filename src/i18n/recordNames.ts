/**
 * The voting record's policy areas and Council configurations, as the record writes them in
 * English, in French and German (the configurations as the Council itself names them in those
 * languages). A name the table does not know is shown as the record writes it.
 */
import type { Locale } from './locales';

type Names = Readonly<Record<string, readonly [fr: string, de: string]>>;

const NAMES: Names = {
  // Policy areas.
  Environment: ['Environnement', 'Umwelt'],
  Telecommunications: ['Télécommunications', 'Telekommunikation'],
  Finances: ['Finances', 'Finanzen'],
  Transport: ['Transports', 'Verkehr'],
  'Justice and Home Affairs': ['Justice et affaires intérieures', 'Justiz und Inneres'],
  Agriculture: ['Agriculture', 'Landwirtschaft'],
  'Social policy': ['Politique sociale', 'Sozialpolitik'],
  Health: ['Santé', 'Gesundheit'],
  Energy: ['Énergie', 'Energie'],
  Economy: ['Économie', 'Wirtschaft'],
  'Foreign affairs': ['Affaires étrangères', 'Auswärtige Angelegenheiten'],
  Fisheries: ['Pêche', 'Fischerei'],
  Research: ['Recherche', 'Forschung'],
  'Internal market': ['Marché intérieur', 'Binnenmarkt'],
  Institutional: ['Questions institutionnelles', 'Institutionelle Fragen'],
  Culture: ['Culture', 'Kultur'],
  'Consumer affairs': ['Consommateurs', 'Verbraucherschutz'],
  Industry: ['Industrie', 'Industrie'],
  Education: ['Éducation', 'Bildung'],
  Space: ['Espace', 'Raumfahrt'],
  Employment: ['Emploi', 'Beschäftigung'],
  Youth: ['Jeunesse', 'Jugend'],
  // Council configurations.
  'Education, Youth and Culture': ['Éducation, jeunesse et culture', 'Bildung, Jugend und Kultur'],
  'Economic and Financial Affairs': ['Affaires économiques et financières', 'Wirtschaft und Finanzen'],
  'Agriculture and Fisheries': ['Agriculture et pêche', 'Landwirtschaft und Fischerei'],
  Competitiveness: ['Compétitivité', 'Wettbewerbsfähigkeit'],
  'Employment, Social Policy, Health and Consumer Affairs': [
    'Emploi, politique sociale, santé et consommateurs',
    'Beschäftigung, Sozialpolitik, Gesundheit und Verbraucherschutz',
  ],
  'Transport, Telecommunications and Energy': ['Transports, télécommunications et énergie', 'Verkehr, Telekommunikation und Energie'],
  'Foreign Affairs': ['Affaires étrangères', 'Auswärtige Angelegenheiten'],
  'General Affairs': ['Affaires générales', 'Allgemeine Angelegenheiten'],
};

/**
 * A policy area or Council configuration of the voting record in the language on screen, and
 * whether it is translated (`lang` is then the locale; else "en", for a `lang` attribute).
 * @example recordName('Environment', 'de') // { text: 'Umwelt', lang: 'de' }
 */
export function recordName(name: string, locale: Locale): { readonly text: string; readonly lang: string } {
  const both = NAMES[name];
  if (locale === 'en' || !both) return { text: name, lang: 'en' };
  return { text: locale === 'fr' ? both[0] : both[1], lang: locale };
}
