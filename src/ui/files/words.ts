import type { Verdict } from '../../core/rules/outcome';
import type { BlockingState } from '../../core/scenario/timeline';
import type { Dossier } from '../../core/scenario/dossier';
import { findShippedDossier } from '../../core/scenario/shippedDossiers';
import type { MessageKey } from '../../i18n/en';
import type { Translator } from '../../i18n/translator';

/** The verdict's word, as the verdict panel says it. */
export function verdictWord(v: Verdict, tr: Translator): string {
  return tr.t(v === 'adopted' ? 'verdict.adopted' : v === 'not_adopted' ? 'verdict.notAdopted' : 'verdict.depends');
}

export function blockingWord(b: BlockingState, tr: Translator): string {
  return tr.t(`files.blocking.${b}`);
}

/** A shipped file's name in the language on screen; a user's file keeps the name it was given. */
export function fileName(d: Dossier, tr: Translator): string {
  return findShippedDossier(d.id) ? tr.t(`files.shipped.${d.id}` as MessageKey) : d.name;
}

/** "3 to 22", or "22" when the undecided change nothing. */
export function range(low: string, high: string, tr: Translator): string {
  return low === high ? low : tr.t('files.range', { low, high });
}
