/**
 * The size of a blocking minority when not every member takes part.
 */
import { sum } from '../arithmetic';
import type { Voter } from './vote';

/**
 * Art. 238(3)(a) TFEU: "the minimum number of Council members representing more than 35 % of
 * the population of the participating Member States, plus one member".
 * @example blockingMinimum(eu27WithoutDenmark) // 4 (DE + FR + IT exceed 35 %)
 */
export function blockingMinimum(participating: readonly Voter[]): number {
  const pops = participating.map((v) => v.population).sort((a, b) => b - a);
  const whole = sum(pops);
  let acc = 0;
  for (let k = 1; k <= pops.length; k++) {
    acc += pops[k - 1]!;
    if (acc * 100 > 35 * whole) return k + 1;
  }
  return pops.length + 1;
}
