/**
 * Official figures that travel with a scenario — in a share link or an exported file — because
 * they were added by hand (see addedFigures.ts) and the receiver may not have them. They pass the
 * one gate of added figures ({@link admitFigures}), which compares them with the receiver's
 * tables: new to them, the same as a table they have (theirs is used), or refused, naming both
 * tables. Nothing here stores anything.
 */
import { EUR_LEX } from './addedIds';
import type { Dataset } from './dataset';

export { admitFigures, sameTable, type CarriedFigures } from './figuresGate';

export { isAddedDataset } from './addedIds';

const RECEIVED_SUFFIX = /, (added by you|from a link|from a file)$/;

/**
 * Carried figures as the receiver keeps them: the label and note say where they came from (not
 * "added by you"), that who sent them cannot be known, and that they should be checked against
 * the decision. The figures, id and period stay as they came, so every verdict is the same.
 * @example receivedFigures(ds, 'link', '2031-03-02').label // "Council 2031 (EU-27), from a link"
 */
export function receivedFigures(ds: Dataset, via: 'link' | 'file', on: string): Dataset {
  const how = via === 'link' ? 'a shared link' : 'an imported file';
  // What the dataset gate (parseDataset) checked, and nothing more.
  const checked = ds.figures === 'persons' ? 'The rows add up to the Union total' : 'The percentages add up to 100 % within their rounding';
  // The sender chose the address: only a EUR-Lex one is kept as the place to check them.
  const address = ds.provenance.address.startsWith(EUR_LEX) ? ds.provenance.address : EUR_LEX;
  return {
    ...ds,
    label: `${ds.label.replace(RECEIVED_SUFFIX, '')}, from a ${via}`,
    provenance: {
      ...ds.provenance,
      address,
      note: `Came with ${how} on ${on}; who made it cannot be known. Check these figures against ${ds.provenance.source} on EUR-Lex. ${checked}; not compared with the Official Journal.`,
    },
  };
}

