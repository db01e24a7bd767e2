/**
 * The common misreadings of Council votes, each shown only where the current result touches it.
 * Facts from Art. 16(4) TEU, Art. 238 TFEU and the Council's own page on voting.
 */
import type { ExplainInput } from './explainSteps';
import { keyEvaluation } from './explainSteps';
import { claimsOf } from '../rules/claims';
import { msg, pl, type TeachText } from './teachText';

export type MisconceptionId = 'and_not_or' | 'abstain_not_absent' | 'abstain_unanimity' | 'three_large' | 'four_not_veto' | 'not_parliament';

export interface Misconception {
  readonly id: MisconceptionId;
  /** What people often believe. */
  readonly myth: TeachText;
  /** What the treaty says, with this result's numbers where they help. */
  readonly fact: TeachText;
}

/**
 * The misconceptions this result can correct, most specific first.
 * @example misconceptionsFor(input).map((m) => m.id) // ['three_large', 'not_parliament']
 */
export function misconceptionsFor({ outcome, electorate, positions }: ExplainInput): Misconception[] {
  const e = keyEvaluation(outcome);
  // The figures below are those of the case that settles the verdict: when that is not the
  // vote as declared, each fact says which case it describes.
  const { key, undecided } = claimsOf(outcome);
  const inCase = (fact: TeachText): TeachText =>
    key.name === 'actual' ? fact : pl(key.name === 'best' ? 'case.countingYes' : 'case.countingNo', undecided, { fact });
  const kind = outcome.rule.kind;
  const doubleMajority = kind === 'qmv' || kind === 'reinforced';
  const out: Misconception[] = [];
  const [members, population] = e.conditions;
  if (doubleMajority && members && population && members.margin >= 0 !== population.margin >= 0 && !e.deemedAdopted) {
    out.push({ id: 'and_not_or', myth: msg('myth.and_not_or'), fact: inCase(msg(members.margin >= 0 ? 'fact.and_not_or.members' : 'fact.and_not_or.population')) });
  }
  const b = e.blockingMinority;
  const held = { members: { members: b.members }, share: { share: b.population, of: e.population.participating } };
  if (e.deemedAdopted) {
    out.push({ id: 'three_large', myth: msg('myth.three_large'), fact: inCase(msg('fact.three_large', { ...held, required: b.requiredMembers ?? 0 })) });
  }
  if (kind === 'qmv' && e.adopted && !e.deemedAdopted && b.members >= (b.requiredMembers ?? Infinity)) {
    out.push({ id: 'four_not_veto', myth: msg('myth.four_not_veto'), fact: inCase(msg('fact.four_not_veto', held)) });
  }
  const absent = electorate.voters.some((v) => positions[v.code] === 'absent');
  if (kind === 'unanimity' && e.members.abstaining > 0) {
    out.push({ id: 'abstain_unanimity', myth: msg('myth.abstain_unanimity'), fact: msg('fact.abstain_unanimity') });
  } else if (kind !== 'unanimity' && (e.members.abstaining > 0 || absent)) {
    out.push({ id: 'abstain_not_absent', myth: msg('myth.abstain_not_absent'), fact: msg('fact.abstain_not_absent') });
  }
  out.push({ id: 'not_parliament', myth: msg('myth.not_parliament'), fact: msg('fact.not_parliament') });
  return out;
}
