import type { BlockingClaim } from '../../core/rules/claims';
import { blockingHeading } from './explain';
import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';

/**
 * How many members and what share of population are not in favour, against what blocking takes.
 * Drawn from the claims' declared blocking minority: only members who declared no or abstain count.
 */
export function BlockingMinorityStatus({ b, undecided }: { readonly b: BlockingClaim; readonly undecided: number }) {
  const tr = useT();
  const { t } = tr;
  return (
    <div className={`blocking ${b.formed ? 'blocking--yes' : 'blocking--no'}`}>
      <h3>
        <span aria-hidden="true">{b.formed ? '■ ' : '□ '}</span>
        {blockingHeading(b, undecided, tr)}
      </h3>
      <p>
        {rich(t('blocking.summary'), {
          who: t(undecided > 0 ? 'blocking.declaredNotInFavour' : 'blocking.notInFavour'),
          members: <strong>{tr.count(b.members)}</strong>,
          memberWord: tr.tp('word.member', b.members),
          share: <strong>{tr.percentOf(b.population, b.of)}</strong>,
          people: tr.people(b.population),
        })}
        {b.requiredMembers !== null && ` ${t('blocking.needs', { n: tr.count(b.requiredMembers) })}`}
      </p>
      {b.formed && b.routes.length > 0 && <p>{t('blocking.by', { routes: b.routes.map((r) => t(`route.${r}`)).join(t('blocking.andBy')) })}</p>}
    </div>
  );
}
