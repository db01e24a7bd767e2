import { useStore } from '../../state/store';
import { PrintSheet } from './PrintSheet';

/** The sheets to print: the scenario on screen, or every saved scenario on a page of its own. */
export default function PrintSheets() {
  const scope = useStore((s) => s.printScope);
  const scenario = useStore((s) => s.scenario);
  const library = useStore((s) => s.library);
  const order = useStore((s) => s.order);
  const scenarios = scope === 'library' && library.length > 0 ? library.map((x) => x.scenario) : [scenario];
  return (
    <div className="print-sheets">
      {scenarios.map((s, i) => (
        <PrintSheet key={i} scenario={s} order={order} />
      ))}
    </div>
  );
}
