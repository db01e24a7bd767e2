import type { CountryCode } from '../core/countries';
import type { Dataset } from '../core/dataset';
import { percent2Of } from '../core/format';

/** A member's share of the Union population as the dataset publishes it ("18.49 %"). */
export function shareText(dataset: Dataset, code: CountryCode): string {
  const m = dataset.members.find((x) => x.code === code)!;
  if (m.shareBasisPoints !== undefined) return `${(m.shareBasisPoints / 100).toFixed(2)} %`;
  return percent2Of(m.population, dataset.total);
}
