/**
 * Official figures that travel with a scenario — in a share link or an exported file — because
 * they were added by hand (see addedFigures.ts) and the receiver may not have them. They pass the
 * gate of stored added figures ({@link restoreAdded}) and the period checks of adding them
 * ({@link clashOf}), then are compared with the receiver's tables: new to them, the same as a
 * table they have (theirs is used), or refused, naming both tables. Nothing here stores anything.
 */
import { ADDED_PREFIX, clashOf, EUR_LEX, restoreAdded } from './addedFigures';
import type { Dataset } from './dataset';
import { clip } from '../format';
import { err, ok, type Result } from '../result';

/** Figures that came with a link or file, and how they relate to the receiver's tables. */
export interface CarriedFigures {
  /** The figures as they came (for `same`: the receiver's own table, identical in every figure). */
  readonly dataset: Dataset;
  /** `new`: the receiver has no table under this id; `same`: they have this very table. */
  readonly relation: 'new' | 'same';
}

/** Whether a dataset is one a user added (not shipped), so it must travel with what uses it. */
export const isAddedDataset = (ds: Dataset): boolean => ds.id.startsWith(ADDED_PREFIX);

/**
 * Same period and the same figure for every member (labels, notes and sources may differ): the
 * receiver's table can stand in for the carried one, every verdict being the same.
 * @example sameTable(receivedFigures(ds, 'link', '2031-02-01'), ds) // true
 */
export function sameTable(a: Dataset, b: Dataset): boolean {
  const key = (d: Dataset) => d.members.map((m) => `${m.code}:${d.figures === 'persons' ? m.population : m.shareBasisPoints}`).join(',');
  return a.period.from === b.period.from && a.period.to === b.period.to && a.figures === b.figures && a.total === b.total && key(a) === key(b);
}

const describe = (d: Dataset) => `${clip(d.label)} (${d.period.from} to ${d.period.to}, ${clip(d.provenance.source)})`;
/** A real label is about 50 characters and a decision's title under 200: longer ones are not figures anyone added here. */
const LABEL_MAX = 120;
const SOURCE_MAX = 400;
const refuse = (message: string): Result<never> => err({ code: 'import.invalid', message });

/**
 * Reads figures carried by a link or file (`where` names them in messages: "the population
 * figures in this link") against the receiver's `known` tables and `earlier`, the tables read
 * before from the same file. Refused when damaged, when their period overlaps one of `earlier`
 * (one table in force per day, Art. 11(6) of the Council's Rules of Procedure), when the receiver
 * has other figures under the same id, or when their period overlaps another added table or a
 * shipped table with different figures — never silently replaced.
 * @example admitCarried(payload.figures, 'the population figures in this link', allDatasets()) // ok({ dataset, relation: 'new' })
 * @example admitCarried(file.figures[1], 'the population figures no. 2 in this file', allDatasets(), [first]) // err: "two tables in this file overlap: …"
 */
export function admitCarried(raw: unknown, where: string, known: readonly Dataset[], earlier: readonly Dataset[] = []): Result<CarriedFigures> {
  const ds = restoreAdded(raw, where);
  if (!ds.ok) {
    const detail = ds.error.message.replace(`${where}: `, '').replace(/\.$/, '');
    return refuse(`${where} are damaged (${clip(detail, 160)}), so nothing was used.`);
  }
  const carried = ds.value;
  const long = carried.label.length > LABEL_MAX ? `their label is longer than ${LABEL_MAX} characters` : carried.provenance.source.length > SOURCE_MAX ? `their source is longer than ${SOURCE_MAX} characters` : '';
  if (long) return refuse(`${where} are damaged (${long}), so nothing was used.`);
  const sibling = clashOf(carried, earlier)?.table;
  if (sibling) return refuse(`two tables in this file overlap: ${describe(sibling)} and ${describe(carried)}; one table is in force per day, so nothing was used.`);
  const mine = known.find((k) => k.id === carried.id);
  if (mine) {
    if (sameTable(mine, carried)) return ok({ dataset: mine, relation: 'same' });
    return refuse(`${where} (${describe(carried)}) differ from your figures under the same name, ${describe(mine)}. Yours were kept; to use the others, remove yours first.`);
  }
  const clash = clashOf(carried, known);
  if (clash) {
    // An added table is named by its label, which says where it came from (added by you, from a link, from a file).
    const why = clash.kind === 'added' ? 'figures already among yours for an overlapping period' : 'a table of this app for an overlapping period whose figures differ';
    return refuse(`${where} (${describe(carried)}) cannot sit beside ${why}, ${describe(clash.table)}. Yours were kept.`);
  }
  return ok({ dataset: carried, relation: 'new' });
}

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
  const address = /^https:\/\/eur-lex\.europa\.eu\//.test(ds.provenance.address) ? ds.provenance.address : EUR_LEX;
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
