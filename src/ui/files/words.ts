import type { Verdict } from '../../core/rules/outcome';
import type { BlockingState } from '../../core/scenario/timeline';
import type { Dossier } from '../../core/scenario/dossier';
import { findShippedDossier } from '../../core/scenario/shippedDossiers';
import type { MessageKey } from '../../i18n/en';
import type { Translator } from '../../i18n/translator';
import '../../i18n/files/register';

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

/**
 * A snapshot's name without the file's name before it ("CSA Regulation: Coreper, 20 June 2024" in
 * the CSA file reads "Coreper, 20 June 2024"); names that do not start with the file's first word
 * are kept whole.
 */
export function shortName(name: string, file: string): string {
  const first = file.split(/\s/)[0] ?? '';
  const m = /^(.*?)\s?:\s+(.+)$/u.exec(name);
  return first && m && m[1]!.startsWith(first) ? m[2]! : name;
}
