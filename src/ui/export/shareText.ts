import type { CountryCode } from '../../core/rules/countries';
import type { Dataset } from '../../core/data/dataset';
import type { Translator } from '../../i18n/translator';
import { translator } from '../../i18n/translator';

/** A member's share of the Union population as the dataset publishes it ("18.49 %"). */
export function shareText(dataset: Dataset, code: CountryCode, tr: Translator = translator('en')): string {
  const m = dataset.members.find((x) => x.code === code)!;
  if (m.shareBasisPoints !== undefined) return tr.percent(m.shareBasisPoints / 100, 2);
  return tr.percent2Of(m.population, dataset.total);
}
