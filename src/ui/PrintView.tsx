import { PrintSheet } from './PrintSheet';
import { usePrinting } from './usePrinting';

/** The print sheet, rendered only while printing so the screen and its tests never see it. */
export function PrintView() {
  return usePrinting() ? <PrintSheet /> : null;
}
