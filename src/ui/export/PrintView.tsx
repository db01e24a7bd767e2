import { useStore } from '../../state/store';
import { PrintSheet } from './PrintSheet';
import { usePrinting } from './usePrinting';

/**
 * What is printed: the scenario on screen, or every saved scenario on a page of its own.
 * Rendered only while printing, so the screen and its tests never see it.
 */
export function PrintView() {
  const printing = usePrinting();
  const scope = useStore((s) => s.printScope);
  const scenario = useStore((s) => s.scenario);
  const library = useStore((s) => s.library);
  const order = useStore((s) => s.order);
  if (!printing) return null;
  const scenarios = scope === 'library' && library.length > 0 ? library.map((x) => x.scenario) : [scenario];
  return (
    <div className="print-sheets">
      {scenarios.map((s, i) => (
        <PrintSheet key={i} scenario={s} order={order} />
      ))}
    </div>
  );
}
