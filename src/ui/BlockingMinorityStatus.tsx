import type { Evaluation } from '../core/outcome';
import { count, people, percentOf } from '../core/format';

const ROUTE_TEXT = {
  members: 'too few members in favour',
  population: 'members holding more than 35 % of the population',
  weights: 'enough weighted votes against',
  veto: 'a vote against',
} as const;

/** How many members and what share of population are not in favour, against what blocking takes. */
/** Drawn from the best case: only members who declared no or abstain count as not in favour. */
export function BlockingMinorityStatus({ e, undecided }: { readonly e: Evaluation; readonly undecided: number }) {
  const b = e.blockingMinority;
  const share = percentOf(b.population, e.population.participating);
  return (
    <div className={`blocking ${b.exists ? 'blocking--yes' : 'blocking--no'}`}>
      <h3>
        <span aria-hidden="true">{b.exists ? '■ ' : '□ '}</span>
        {b.exists ? 'Blocking minority formed' : undecided > 0 ? 'No blocking minority among the declared' : 'No blocking minority'}
      </h3>
      <p>
        {undecided > 0 ? 'Declared not in favour' : 'Not in favour'}: <strong>{count(b.members)}</strong> {b.members === 1 ? 'member' : 'members'}, <strong>{share}</strong> of the
        population ({people(b.population)}).
        {b.requiredMembers !== null && ` A blocking minority needs at least ${b.requiredMembers} members and more than 35 %.`}
      </p>
      {b.exists && b.routes.length > 0 && <p>Blocked by {b.routes.map((r) => ROUTE_TEXT[r]).join(' and by ')}.</p>}
    </div>
  );
}
