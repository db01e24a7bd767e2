/** Imported where the rule is said against the date (src/i18n/ruleDate.ts): its English joins the catalogue on screen. */
import ruleDateEn from './en';
import { addEnglish } from '../locales';

addEnglish(ruleDateEn);
