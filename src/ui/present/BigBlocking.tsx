import type { BlockingClaim } from '../../core/rules/claims';
import { blockingHeading } from '../verdict/explain';
import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';

/**
 * The blocking minority, as large as the two conditions: how many members and what share of the
 * population are not in favour, against what blocking takes, and by which route. From the claims'
 * declared blocking minority, as in the verdict panel.
 */
export function BigBlocking({ b, undecided }: { readonly b: BlockingClaim; readonly undecided: number }) {
  const tr = useT();
  const { t } = tr;
  return (
    <div className={`bigcond bigcond--blocking bigcond--${b.formed ? 'not_met' : 'met'}`}>
      <p className="bigcond__title">
        <span aria-hidden="true" className="bigcond__mark">
          {b.formed ? '■' : '□'}
        </span>{' '}
        {blockingHeading(b, undecided, tr)}
      </p>
      <p className="bigcond__value">
        {/* Each figure stays on one line: "31.5 %" never breaks before its sign. */}
        {rich(t('present.blockingValue'), {
          members: <span className="bigcond__nowrap">{tr.count(b.members)}</span>,
          memberWord: tr.tp('word.member', b.members),
          share: <span className="bigcond__nowrap">{tr.percentOf(b.population, b.of)}</span>,
        })}
      </p>
      <p className="bigcond__need">
        {undecided > 0 && `${t('blocking.declaredNotInFavour')} · `}
        {b.requiredMembers !== null && t('present.blockingNeeds', { n: tr.count(b.requiredMembers) })}
        {b.formed && b.routes.length > 0 && (
          <>
            {b.requiredMembers !== null && ' · '}
            <strong>{t('blocking.by', { routes: b.routes.map((r) => t(`route.${r}`)).join(t('blocking.andBy')) })}</strong>
          </>
        )}
      </p>
    </div>
  );
}
