/**
 * How added figures are told apart from shipped ones, and where their decisions are published:
 * small enough for the first screen, which names them without checking any figures.
 */
import type { Dataset } from './dataset';

/** Ids of added datasets start with this, so they can never take a shipped table's id. */
export const ADDED_PREFIX = 'added-';
/** Where the decisions are published, when no address of the user's own is kept. */
export const EUR_LEX = 'https://eur-lex.europa.eu/';

/** Whether a dataset is one a user added (not shipped), so it must travel with what uses it. */
export const isAddedDataset = (ds: Dataset): boolean => ds.id.startsWith(ADDED_PREFIX);
