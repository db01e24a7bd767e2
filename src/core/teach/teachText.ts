/**
 * The teaching content as data: a message key with its parameters (numbers, codes, nested
 * messages), never an English sentence. The UI renders them in the reader's language through
 * the `teach.` keys of the catalogues (src/i18n/teach.ts); the core stays free of prose.
 */
import type { CountryCode } from '../rules/countries';
import type { Condition } from '../rules/outcome';

/** Keys of single messages, without the catalogue's `teach.` prefix. */
export const TEACH_KEYS = [
  'participation.title', 'participation.all',
  'req.share', 'req.shareFloor', 'req.shareNoFloor', 'req.simple', 'req.label', 'req.population', 'req.populationPartial',
  'req.weights', 'req.noObjection',
  'reached.noneAgainst', 'reached.uncertain', 'reached.exact', 'reached.spare', 'reached.short',
  'what.population', 'amount.population', 'short.against', 'short.population',
  'condition.title', 'condition.ifNo', 'condition.ifYes',
  'condTitle.members', 'condTitle.population', 'condTitle.weights', 'condTitle.no_objection',
  'blocking.title', 'blocking.custom', 'blocking.full', 'blocking.notInFavour', 'blocking.notInFavourUndecidedYes',
  'blocking.notInFavourUndecidedNo', 'blocking.membersRoute', 'blocking.formed', 'blocking.noneEnough', 'blocking.noneFew',
  'verdict.title', 'verdict.deemed', 'verdict.allMet', 'verdict.met', 'verdict.staysAdopted', 'verdict.notAdopted',
  'verdict.failsBy', 'verdict.failsWith', 'verdict.allTogether', 'verdict.tooClose',
  'myth.and_not_or', 'fact.and_not_or.members', 'fact.and_not_or.population', 'myth.three_large', 'fact.three_large',
  'myth.four_not_veto', 'fact.four_not_veto', 'myth.abstain_unanimity', 'fact.abstain_unanimity',
  'myth.abstain_not_absent', 'fact.abstain_not_absent', 'myth.not_parliament', 'fact.not_parliament',
  'exercise.fewest_blockers.title', 'exercise.fewest_blockers.task', 'exercise.three_large.title', 'exercise.three_large.task',
  'exercise.smallest_change.title', 'exercise.smallest_change.task', 'exercise.abstain_or_out.title', 'exercise.abstain_or_out.task',
  'hint.dataset', 'hint.rule', 'hint.keepTakingPart', 'hint.giveEveryPosition', 'hint.notBlockedAllYes', 'hint.notBlocked',
  'hint.blockedFewer', 'hint.blockedSolved', 'hint.keepVotingNo', 'hint.threeSolved', 'hint.decideUndecided', 'hint.threeNotAdopted',
  'hint.needsMembers', 'hint.needsPeople', 'hint.needsBoth', 'hint.needsOpen', 'hint.smallestSolved', 'hint.otherChanged',
  'hint.yesWouldPass', 'hint.outNotAdopted', 'hint.outSolved', 'hint.abstainCounts',
  'nice.scaling.noUk', 'nice.scaling.absent', 'nice.scaling.both',
  'condition.declared', 'whatIf.population', 'reachedIf.noneAgainst', 'reached.deemed', 'reached.uncertainDeemed', 'blocking.formedEvenIf',
  'blocking.tooClose', 'blocking.caseNo', 'blocking.caseYes',
] as const;
export type TeachKey = (typeof TEACH_KEYS)[number];

/** Keys with plural forms (`_one` / `_other` in the catalogues), chosen by `n`. */
export const TEACH_PLURAL_KEYS = [
  'participation.some', 'participation.abstains', 'participation.abstainsUnanimity', 'participation.undecided',
  'req.participating', 'reached.against', 'what.weights', 'what.members', 'n.vote', 'n.moreMember', 'n.change',
  'blocking.partial', 'blocking.deemed', 'verdict.open', 'hint.adoptedTooMany',
  'n.undecided', 'case.evenIfYes', 'case.evenIfNo', 'what.against', 'whatIf.members', 'whatIf.weights',
  'reachedIf.against', 'verdict.notAdoptedEvenIf', 'case.countingYes', 'case.countingNo',
] as const;
export type TeachPluralKey = (typeof TEACH_PLURAL_KEYS)[number];

/** A parameter: a plain count, a quantity to format in the reader's locale, or a nested message. */
export type TeachParam =
  | number
  | { readonly people: number }
  /** "293.2 million", a number of persons without the word "people". */
  | { readonly persons: number }
  /** "3 members". */
  | { readonly members: number }
  /** A share of a whole as a percentage: "35.9 %". */
  | { readonly share: number; readonly of: number }
  /** Percentage points: "0.9 percentage points". */
  | { readonly points: number }
  /** A number with up to two decimals: "14.85". */
  | { readonly decimal: number }
  /** A value already in percent: "65 %". */
  | { readonly percent: number }
  /** Country names, as a list ("a, b and c") or separated by commas. */
  | { readonly countries: readonly CountryCode[]; readonly join: 'and' | 'comma' }
  /** The engine's label of a condition, in the reader's language. */
  | { readonly condition: Condition }
  /** Messages joined with ", and ". */
  | { readonly all: readonly TeachText[] }
  | TeachText;

export type TeachParams = Readonly<Record<string, TeachParam>>;

export type TeachText =
  | { readonly key: TeachKey; readonly params?: TeachParams; readonly capital?: true }
  | { readonly plural: TeachPluralKey; readonly n: number; readonly params?: TeachParams; readonly capital?: true };

/** A message; `capital` starts it with a capital letter (a sentence, not a clause). */
export const msg = (key: TeachKey, params?: TeachParams): TeachText => (params ? { key, params } : { key });
/** A message whose form follows the count n. */
export const pl = (plural: TeachPluralKey, n: number, params?: TeachParams): TeachText => (params ? { plural, n, params } : { plural, n });
export const capital = (t: TeachText): TeachText => ({ ...t, capital: true });
