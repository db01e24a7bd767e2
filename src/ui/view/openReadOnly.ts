/**
 * Reads the scenario of a view-only or embed address (`view.html?lang=fr#v=3&…`) through the one
 * link gate (decodeLink), in memory only: nothing is read from or written to the receiver's
 * saved scenarios, drafts or figures. Figures the link carries are used for this page alone.
 */
import { allDatasets, setAddedDatasets } from '../../core/data/datasets';
import { decodeLink } from '../../core/scenario/link';
import { isLocale, loadCatalogue, pickLocale, type Locale } from '../../i18n/locales';
import { translator, type Translator } from '../../i18n/translator';
import { slideOf, type SlideModel } from '../export/slideModel';
import '../../i18n/later/register';

export type ReadOnly =
  | { readonly ok: true; readonly tr: Translator; readonly model: SlideModel; readonly fragment: string }
  | { readonly ok: false; readonly tr: Translator; readonly reason: string };

/** The page's language: `?lang=` when the address names one the app speaks, else the browser's. */
export function pageLocale(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  return isLocale(asked) ? asked : pickLocale(languages);
}

export async function openReadOnly(loc: Pick<Location, 'hash' | 'search'>, languages: readonly string[]): Promise<ReadOnly> {
  const locale = pageLocale(loc.search, languages);
  await loadCatalogue(locale);
  const tr = translator(locale);
  const fragment = loc.hash.replace(/^#/, '');
  if (!fragment) return { ok: false, tr, reason: tr.t('viewOnly.noScenario') };
  const opened = await decodeLink(fragment, allDatasets());
  if (!opened.ok) return { ok: false, tr, reason: opened.error.message };
  const carried = opened.value.figures;
  if (carried?.relation === 'new') setAddedDatasets([carried.dataset]);
  return { ok: true, tr, model: slideOf(opened.value.scenario, tr), fragment };
}
