import { useEffect, useState, type ComponentType } from 'react';
import { usePrinting } from './usePrinting';

let Sheets: ComponentType | null = null;

/**
 * Loads the print sheets' code (once). The app asks for it when the page is idle after the first
 * screen, and the print buttons wait for it, so printing (from the buttons or the browser's menu)
 * finds the sheets ready: `beforeprint` cannot wait for a chunk.
 */
export function loadPrintSheets(): Promise<unknown> {
  return import('./PrintSheets').then((m) => (Sheets = m.default));
}

/**
 * What is printed: the scenario on screen, or every saved scenario on a page of its own.
 * Rendered only while printing, so the screen and its tests never see it.
 */
export function PrintView() {
  const printing = usePrinting();
  const [, loaded] = useState(Sheets !== null);
  useEffect(() => {
    // Print preview before the idle preload finished: render once the code is there.
    if (printing && !Sheets) void loadPrintSheets().then(() => loaded(true));
  }, [printing]);
  if (!printing || !Sheets) return null;
  return <Sheets />;
}
