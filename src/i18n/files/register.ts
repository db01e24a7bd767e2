/**
 * Imported by the files panel's code: its English messages join the catalogue on screen (the French and
 * German catalogues carry them already, being loaded whole on demand).
 */
import filesEn from './en';
import { addEnglish } from '../locales';

addEnglish(filesEn);
