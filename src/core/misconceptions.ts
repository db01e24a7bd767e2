/**
 * The common misreadings of Council votes, each shown only where the current result touches it.
 * Facts from Art. 16(4) TEU, Art. 238 TFEU and the Council's own page (rules.md §1, §5, §6).
 */
import type { ExplainInput } from './explainSteps';
import { keyEvaluation } from './explainSteps';
import { percentOf, plural } from './format';

export type MisconceptionId = 'and_not_or' | 'abstain_not_absent' | 'abstain_unanimity' | 'three_large' | 'four_not_veto' | 'not_parliament';

export interface Misconception {
  readonly id: MisconceptionId;
  /** What people often believe. */
  readonly myth: string;
  /** What the treaty says, with this result's numbers where they help. */
  readonly fact: string;
}

/**
 * The misconceptions this result can correct, most specific first.
 * @example misconceptionsFor(input).map((m) => m.id) // ['three_large', 'not_parliament']
 */
export function misconceptionsFor({ outcome, electorate, positions }: ExplainInput): Misconception[] {
  const e = keyEvaluation(outcome);
  const kind = outcome.rule.kind;
  const doubleMajority = kind === 'qmv' || kind === 'reinforced';
  const out: Misconception[] = [];
  const [members, population] = e.conditions;
  if (doubleMajority && members && population && members.margin >= 0 !== population.margin >= 0 && !e.deemedAdopted) {
    const met = members.margin >= 0 ? 'the member condition is met but the population condition is not' : 'the population condition is met but the member condition is not';
    out.push({
      id: 'and_not_or',
      myth: 'A qualified majority needs enough members or enough population.',
      fact: `Both conditions must hold at once (AND, not OR). Here ${met}, which is enough to stop the act.`,
    });
  }
  if (e.deemedAdopted) {
    const b = e.blockingMinority;
    out.push({
      id: 'three_large',
      myth: 'Germany, France and Italy together can block any decision.',
      fact: `Large members can hold more than 35 % of the population — here ${plural(b.members, 'member')} not in favour hold ${percentOf(b.population, e.population.participating)} — but a blocking minority needs at least ${b.requiredMembers} members. With fewer, the act is deemed adopted.`,
    });
  }
  if (kind === 'qmv' && e.adopted && !e.deemedAdopted && e.blockingMinority.members >= (e.blockingMinority.requiredMembers ?? Infinity)) {
    const b = e.blockingMinority;
    out.push({
      id: 'four_not_veto',
      myth: 'Any four member states can block a decision.',
      fact: `Four members are only the minimum: a blocking minority must also hold more than 35 % of the population. Here ${plural(b.members, 'member')} not in favour hold only ${percentOf(b.population, e.population.participating)}.`,
    });
  }
  const absent = electorate.voters.some((v) => positions[v.code] === 'absent');
  if (kind === 'unanimity' && e.members.abstaining > 0) {
    out.push({
      id: 'abstain_unanimity',
      myth: 'Under unanimity, an abstention is a veto.',
      fact: 'Abstentions do not prevent adoption by unanimity (Art. 238(4) TFEU); only a vote against blocks.',
    });
  } else if (kind !== 'unanimity' && (e.members.abstaining > 0 || absent)) {
    out.push({
      id: 'abstain_not_absent',
      myth: 'Abstaining is the same as not taking part.',
      fact: 'An abstaining member takes part and counts as not in favour — under a qualified majority, just like a vote against. A member not participating (an opt-out, or outside an enhanced cooperation) leaves both denominators: the members and the population counted.',
    });
  }
  out.push({
    id: 'not_parliament',
    myth: 'This is how the European Parliament votes.',
    fact: 'These rules are for the Council of the EU, where each member state’s government has one seat. The European Parliament is a separate institution: its members vote individually, by majorities of votes cast or of its component members.',
  });
  return out;
}
