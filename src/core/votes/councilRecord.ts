/**
 * The Council as a whole: how many votes were contested, by year and by policy area, and how
 * often two members voted alike on the contested votes in which both took part.
 */
import type { CountryCode } from '../rules/countries';
import { isContested, recordedPosition, type RecordedVote } from './record';

export interface ContestedBucket {
  /** The year ("2023") or the policy area (null: none given in the record). */
  readonly key: string | null;
  /** Votes in the bucket. */
  readonly votes: number;
  /** Of those, votes with at least one member against or abstaining ({@link isContested}). */
  readonly contested: number;
}

export interface ContestedBy {
  /** Every year with a vote, oldest first. */
  readonly byYear: readonly ContestedBucket[];
  /** Every policy area, most contested votes first, then most votes, then by name (none given last). */
  readonly byArea: readonly ContestedBucket[];
}

function bucketsBy(votes: readonly RecordedVote[], keyOf: (v: RecordedVote) => string | null): ContestedBucket[] {
  const map = new Map<string | null, { votes: number; contested: number }>();
  for (const v of votes) {
    const key = keyOf(v);
    const b = map.get(key) ?? { votes: 0, contested: 0 };
    map.set(key, b);
    b.votes++;
    if (isContested(v)) b.contested++;
  }
  return [...map].map(([key, b]) => ({ key, ...b }));
}

const byName = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * Votes and contested votes per year and per policy area.
 * @example contestedBy(VOTE_RECORD.votes).byYear[0] // { key: '2010', votes, contested }
 */
export function contestedBy(votes: readonly RecordedVote[]): ContestedBy {
  const byYear = bucketsBy(votes, (v) => v.date.slice(0, 4)).sort((a, b) => byName(a.key, b.key));
  const byArea = bucketsBy(votes, (v) => v.area).sort(
    (a, b) => b.contested - a.contested || b.votes - a.votes || byName(a.key, b.key),
  );
  return { byYear, byArea };
}

export interface AgreementPair {
  readonly a: CountryCode;
  readonly b: CountryCode;
  /** Contested votes in which both took part (in favour, against or abstaining). */
  readonly votes: number;
  /** Of those, votes on which both cast the same vote. */
  readonly same: number;
  /** same / votes, in [0, 1]; null when they shared no contested vote. */
  readonly share: number | null;
}

type Cast = 'yes' | 'no' | 'abstain';
const cast = (v: RecordedVote, code: CountryCode): Cast | undefined => {
  const p = recordedPosition(v, code);
  return p === 'absent' ? undefined : p;
};

/**
 * For each pair of the given members (a before b in the given order), how often they voted alike
 * on the contested votes in which both took part. Uncontested votes are left out: there everyone
 * agrees.
 * @example agreement(votes, ['DE', 'FR']) // [{ a: 'DE', b: 'FR', votes, same, share }]
 */
export function agreement(votes: readonly RecordedVote[], members: readonly CountryCode[]): AgreementPair[] {
  const contested = votes.filter(isContested);
  const casts = members.map((m) => contested.map((v) => cast(v, m)));
  const pairs: AgreementPair[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      let both = 0;
      let same = 0;
      for (let k = 0; k < contested.length; k++) {
        const x = casts[i]![k];
        const y = casts[j]![k];
        if (!x || !y) continue;
        both++;
        if (x === y) same++;
      }
      pairs.push({ a: members[i]!, b: members[j]!, votes: both, same, share: both > 0 ? same / both : null });
    }
  }
  return pairs;
}

export interface Partner {
  readonly code: CountryCode;
  readonly votes: number;
  readonly same: number;
  readonly share: number | null;
}

/**
 * The other members as seen from one: most agreement first, then the larger count; pairs with
 * no shared contested vote last.
 */
export function partnersOf(pairs: readonly AgreementPair[], code: CountryCode): Partner[] {
  return pairs
    .filter((p) => p.a === code || p.b === code)
    .map((p) => ({ code: p.a === code ? p.b : p.a, votes: p.votes, same: p.same, share: p.share }))
    .sort((x, y) => {
      if (x.share === null || y.share === null) return x.share === y.share ? 0 : x.share === null ? 1 : -1;
      return y.share - x.share || y.votes - x.votes;
    });
}
