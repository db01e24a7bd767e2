/**
 * The what-if's validation messages (src/core/analysis/whatIf.ts, src/core/rules/customRule.ts) in the reader's
 * language. The core writes them in English; each one it can produce for the analysis panel is
 * matched here by its path and wording, and any other message is shown as it came, in English.
 */
import type { CountryCode } from '../core/rules/countries';
import { MAX_MEMBER_POPULATION } from '../core/population';
import type { AppError } from '../core/result';
import type { MessageKey } from './en';
import type { Translator } from './translator';
import './analysis/register';

const FIELDS = {
  'Member share': ['analysis.error.memberPct', true],
  'Population share': ['analysis.error.populationPct', true],
  'Minimum members': ['analysis.error.minMembers', false],
  'Blocking minority': ['analysis.error.blockingMembers', false],
} as const satisfies Record<string, readonly [MessageKey, boolean]>;

const FIELD = `(${Object.keys(FIELDS).join('|')})`;
const WHOLE = new RegExp(`^${FIELD} must be a whole number \\(got (?:"(.*)"|(-?[\\d.e+-]+))\\)\\.$`);
const RANGE = new RegExp(`^${FIELD} must be between 0 and (\\d+)(?: %)? \\(got (-?[\\d.e+-]+)(?: %)?\\)\\.$`);
/** The typed text as the core quoted it: cut to 80 characters, maybe with its length after it. */
const INVALID = /\(got "(.*)"(?: \(([\d,]+) characters\))?\)\.$/;
const TOO_LARGE = /\(got (?:([\d,]+)|(\d+) digits)\)\.$/;

/** The error's message in the translator's language, and whether it had to stay English. */
export function whatIfErrorText(error: AppError, tr: Translator): { readonly text: string; readonly english: boolean } {
  const english = { text: error.message, english: tr.locale !== 'en' };
  if (tr.locale === 'en') return english;
  const { t } = tr;
  const quoted = (text: string) => t('analysis.error.quoted', { text });
  const field = (name: string) => FIELDS[name as keyof typeof FIELDS];
  let m = error.message.match(WHOLE);
  if (m) {
    const [key] = field(m[1]!);
    return { text: t('analysis.error.whole', { field: t(key), got: m[2] !== undefined ? quoted(m[2]) : tr.count(Number(m[3])) }), english: false };
  }
  m = error.message.match(RANGE);
  if (m) {
    const [key, isPct] = field(m[1]!);
    const num = (x: string) => (isPct ? tr.percent(Number(x)) : tr.count(Number(x)));
    return { text: t('analysis.error.range', { field: t(key), max: num(m[2]!), got: num(m[3]!) }), english: false };
  }
  // Population messages (src/core/population.ts) carry the country code as their path.
  const name = () => tr.country(error.path as CountryCode);
  if (!error.path) return english;
  switch (error.code) {
    case 'population.empty':
      return { text: t('analysis.error.populationEmpty', { name: name() }), english: false };
    case 'population.invalid': {
      m = error.message.match(INVALID);
      if (!m) return english;
      const length = m[2] ? ` ${t('analysis.error.characters', { n: tr.count(Number(m[2].replace(/,/g, ''))) })}` : '';
      return { text: t('analysis.error.populationInvalid', { name: name(), got: quoted(m[1]!) + length }), english: false };
    }
    case 'population.too_large': {
      m = error.message.match(TOO_LARGE);
      const got = !m ? '' : m[1] ? tr.count(Number(m[1].replace(/,/g, ''))) : t('analysis.error.digits', { n: tr.count(Number(m[2])) });
      return { text: t('analysis.error.populationTooLarge', { name: name(), max: tr.count(MAX_MEMBER_POPULATION), got }), english: false };
    }
    default:
      break;
  }
  return english;
}
