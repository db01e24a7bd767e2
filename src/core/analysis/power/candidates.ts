/** The types shared by the two smallest-set searches (smallestSets.ts, smallestByHalves.ts). */
export interface Candidate {
  /** The caller's handle for the member (a game index). */
  readonly id: number;
  readonly pop: number;
  readonly weight: number;
}

/** Is a set of `m` candidates with weight `w` and population `p` enough? Monotone in w and p. */
export type Enough = (m: number, w: number, p: number) => boolean;

export interface SmallestSets {
  /** The fewest candidates that suffice; null when even all of them do not. */
  readonly size: number | null;
  /** Sets of that size, least population first (ties: earlier candidates first), at most `limit`. */
  readonly sets: ReadonlyArray<{ readonly ids: readonly number[]; readonly pop: number }>;
  /** How many sets of that size suffice; a lower bound when `truncated`. */
  readonly count: number;
  readonly truncated: boolean;
}

export interface SearchOptions {
  readonly limit: number;
  /** Most branch-and-bound nodes visited before giving up counting. */
  readonly budget?: number;
}
