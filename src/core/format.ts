/** English display formatting (UI, exports, CLI); no verdict depends on these floats. */

const pctFmt = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pct2Fmt = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const intFmt = new Intl.NumberFormat('en');

/** 0.6612 of a whole -> "66.1 %". */
export const percentOf = (part: number, whole: number): string => `${pctFmt.format(whole === 0 ? 0 : (part / whole) * 100)} %`;
export const percent2Of = (part: number, whole: number): string => `${pct2Fmt.format(whole === 0 ? 0 : (part / whole) * 100)} %`;
export const points = (pp: number): string => `${pctFmt.format(Math.abs(pp))} percentage point${pctFmt.format(Math.abs(pp)) === '1.0' ? '' : 's'}`;
/** A fraction 0–1 as a percentage with fixed decimals: 0.27361 -> "27.36 %". */
export const fractionPercent = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)} %`;
export const count = (n: number): string => intFmt.format(n);

/** 5 912 000 -> "5.9 million people"; 850 000 -> "850,000 people". */
export function people(n: number): string {
  if (n >= 1_000_000) return `${pctFmt.format(n / 1_000_000)} million ${n === 1 ? 'person' : 'people'}`;
  return `${intFmt.format(n)} ${n === 1 ? 'person' : 'people'}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;
