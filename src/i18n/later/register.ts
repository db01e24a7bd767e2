/**
 * Imported by the code of what opens later (presets, map, table, print, presentation, exports,
 * dialogs, the saved list): its English joins the catalogue on screen (the French and German
 * catalogues carry it already, being loaded whole on demand).
 */
import laterEn from './en';
import { addEnglish } from '../locales';

addEnglish(laterEn);
