import type { BlockingClaim } from '../../core/rules/claims';
import { blockingWords } from '../verdict/explain';
import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

/**
 * The blocking minority, as large as the two conditions: the same mark and heading as the verdict
 * panel (from the claims' declared blocking minority), how many members and what share of the
 * population are not in favour, and what blocking takes — or a defeat on the member condition.
 */
export function BigBlocking({ b, undecided }: { readonly b: BlockingClaim; readonly undecided: number }) {
  const tr = useT();
  const { t } = tr;
  const w = blockingWords(b, undecided, tr);
  const tone = w.tone === 'formed' ? 'not_met' : w.tone === 'uncertain' ? 'uncertain' : 'met';
  return (
    <div className={`bigcond bigcond--blocking bigcond--${tone}`} data-blocking={w.tone}>
      <p className="bigcond__title">
        <span aria-hidden="true" className="bigcond__mark">
          {w.mark}
        </span>{' '}
        {w.heading}
      </p>
      <p className="bigcond__value">
        {/* Each figure stays on one line: "31.5 %" never breaks before its sign. */}
        {rich(t('present.blockingValue'), {
          members: <span className="bigcond__nowrap">{tr.count(b.members)}</span>,
          memberWord: tr.tp('word.member', b.members),
          share: <span className="bigcond__nowrap">{b.weights ? tr.tp('claims.n.vote', b.weights.notInFavour) : tr.share(b.population, b.of)}</span>,
        })}
      </p>
      <p className="bigcond__need">
        {undecided > 0 && `${t('blocking.declaredNotInFavour')} · `}
        {b.requiredMembers !== null && t('present.blockingNeeds', { n: tr.count(b.requiredMembers) })}
        {w.lines.slice(1).map((l) => (
          <span key={l}>
            {' · '}
            <strong>{l}</strong>
          </span>
        ))}
      </p>
    </div>
  );
}
