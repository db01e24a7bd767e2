/**
 * Imported by the voting record's code: its English messages join the catalogue on screen (the French and
 * German catalogues carry them already, being loaded whole on demand).
 */
import votesEn from './en';
import { addEnglish } from '../locales';

addEnglish(votesEn);
