/**
 * What changed between two scenarios ("changed since last meeting"): members who moved, and how
 * the verdict, the margins and the blocking minority moved with them.
 */
import type { CodeKey, CountryCode } from '../rules/countries';
import type { Outcome, Verdict } from '../rules/outcome';
import { claimsOf, type BlockingClaim, type Call } from '../rules/claims';
import { outcomeOf, type Scenario } from './scenario';
import type { Result } from '../result';
import { ok } from '../result';
import type { Position } from '../rules/vote';

export { sameScenario } from './same';

export interface Side {
  readonly verdict: Verdict;
  readonly membersInFavour: number;
  readonly populationInFavour: number;
  readonly participatingPopulation: number;
  readonly blockingMembers: number;
  readonly blockingPopulation: number;
  readonly blockingExists: boolean;
  /** The claims' call and declared blocking minority, for the same words as the verdict panel. */
  readonly call: Call;
  readonly blocking: BlockingClaim;
  readonly undecided: number;
}

export interface Comparison {
  readonly changed: ReadonlyArray<{ readonly code: CountryCode; readonly from: Position; readonly to: Position }>;
  readonly before: Side;
  readonly after: Side;
  readonly sameDataset: boolean;
  readonly sameRule: boolean;
}

function side(o: Outcome): Side {
  // The declared blocking minority of the claims: the treaty's (population, or weighted votes under Nice), never a defeat on members alone.
  const c = claimsOf(o);
  const b = c.declaredBlocking;
  return {
    verdict: o.verdict,
    membersInFavour: o.worst.members.inFavour,
    populationInFavour: o.worst.population.inFavour,
    participatingPopulation: o.worst.population.participating,
    // The declared blocking minority: undecided members counted as in favour.
    blockingMembers: b.members,
    blockingPopulation: b.population,
    blockingExists: b.formed,
    call: c.call,
    blocking: b,
    undecided: c.undecided,
  };
}

/** @example compareScenarios(lastMeeting, today).value.changed // [{ code: 'IT', from: 'no', to: 'yes' }] */
export function compareScenarios(before: Scenario, after: Scenario): Result<Comparison> {
  const a = outcomeOf(before);
  if (!a.ok) return a;
  const b = outcomeOf(after);
  if (!b.ok) return b;
  const codes = [...new Set([...Object.keys(before.positions), ...Object.keys(after.positions)])] as CodeKey[];
  const changed = codes
    .map((code) => ({ code: code as CountryCode, from: before.positions[code] ?? 'undecided', to: after.positions[code] ?? 'undecided' }))
    .filter((c) => c.from !== c.to);
  return ok({
    changed,
    before: side(a.value),
    after: side(b.value),
    sameDataset: before.datasetId === after.datasetId,
    sameRule: before.rule === after.rule,
  });
}
