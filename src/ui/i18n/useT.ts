import { translator, type Translator } from '../../i18n/translator';
import { useStore } from '../../state/store';

/** The translator for the language on screen; components re-render when it changes. */
export function useT(): Translator {
  return translator(useStore((s) => s.locale));
}
