import type { Evaluation } from '../core/rules/outcome';
import { rich } from './i18n/rich';
import { useT } from './i18n/useT';

/** How many members and what share of population are not in favour, against what blocking takes. */
/** Drawn from the best case: only members who declared no or abstain count as not in favour. */
export function BlockingMinorityStatus({ e, undecided }: { readonly e: Evaluation; readonly undecided: number }) {
  const tr = useT();
  const { t } = tr;
  const b = e.blockingMinority;
  return (
    <div className={`blocking ${b.exists ? 'blocking--yes' : 'blocking--no'}`}>
      <h3>
        <span aria-hidden="true">{b.exists ? '■ ' : '□ '}</span>
        {t(b.exists ? 'blocking.formed' : undecided > 0 ? 'blocking.noneDeclared' : 'blocking.none')}
      </h3>
      <p>
        {rich(t('blocking.summary'), {
          who: t(undecided > 0 ? 'blocking.declaredNotInFavour' : 'blocking.notInFavour'),
          members: <strong>{tr.count(b.members)}</strong>,
          memberWord: tr.tp('word.member', b.members),
          share: <strong>{tr.percentOf(b.population, e.population.participating)}</strong>,
          people: tr.people(b.population),
        })}
        {b.requiredMembers !== null && ` ${t('blocking.needs', { n: tr.count(b.requiredMembers) })}`}
      </p>
      {b.exists && b.routes.length > 0 && <p>{t('blocking.by', { routes: b.routes.map((r) => t(`route.${r}`)).join(t('blocking.andBy')) })}</p>}
    </div>
  );
}
