/**
 * English: the reference catalogue. Its keys are the key set every other language must have
 * (checked by the type of `Catalogue` and by tests/i18n/i18n.test.ts). `{name}` is a placeholder;
 * keys ending in `_one` / `_other` are the plural forms chosen by Intl.PluralRules. The app's
 * screen starts with the first screen's part (./enScreen.ts); each other part joins it with the
 * code that shows it (./register.ts), so the first screen does not carry them.
 */
import enScreen from './enScreen';
import teachEn from './teaching/en';
import votesEn from './votes/en';
import filesEn from './files/en';
import analysisEn from './analysis/en';
import laterEn from './later/en';
import ruleDateEn from './ruleDate/en';

const en = {
  ...enScreen,
  // The teaching content (src/core/teach/teachText.ts): steps, misconceptions, exercises, the Nice comparison.
  ...teachEn,
  // The Council's voting record (src/ui/votes).
  ...votesEn,
  // Files followed over time (src/ui/files).
  ...filesEn,
  // Analysis (src/ui/analysis).
  ...analysisEn,
  // What opens later: presets, map, table, print, presentation, exports, dialogs, the saved list.
  ...laterEn,
  // The rule against the date of the vote (src/i18n/ruleDate.ts).
  ...ruleDateEn,
} as const;

export default en;
export type MessageKey = keyof typeof en;
/** What every language file must satisfy: exactly the English keys, each with a string. */
export type Catalogue = Readonly<Record<MessageKey, string>>;
