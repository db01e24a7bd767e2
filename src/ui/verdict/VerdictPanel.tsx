import { claimsOf } from '../../core/rules/claims';
import { useDataset, useOutcome } from '../../state/selectors';
import { BlockingMinorityStatus } from './BlockingMinorityStatus';
import { ConditionBar } from './ConditionBar';
import { headline, marginSentences, verdictMargins } from './explain';
import { useT } from '../i18n/useT';
import { MarginList } from './MarginList';
import { PivotList } from './PivotList';

/** The verdict, read at a glance, with its conditions, blocking minority and margins. */
export function VerdictPanel() {
  const result = useOutcome();
  const dataset = useDataset();
  const tr = useT();
  const { t } = tr;
  if (!result.ok) {
    return (
      <section className="verdict verdict--error" aria-label={t('verdict.heading')}>
        <p role="status">
          {t('verdict.unavailable')}
          {t('punct.colon')}
          <span lang="en">{result.error.message}</span>
        </p>
      </section>
    );
  }
  const o = result.value;
  const claims = claimsOf(o);
  const { word, reason } = headline(o, tr, claims);
  const sentences = verdictMargins(claims, tr);
  return (
    <section className={`verdict verdict--${claims.call === 'too_close' ? 'undetermined' : o.verdict}`} data-call={claims.call} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="visually-hidden">
        {t('verdict.heading')}
      </h2>
      <div role="status" aria-live="polite" aria-atomic="true" className="verdict__status">
        <span className="verdict__word">{word}</span> <span className="verdict__reason">{reason}</span>
      </div>
      {claims.tooCloseToCall && (
        <p className="caution">
          <span aria-hidden="true">⚠ </span>
          {t('verdict.tooClose')}
        </p>
      )}
      <div className="verdict__conditions">
        {claims.conditionCases.map((cc) => (
          <ConditionBar key={cc.id} cc={cc} undecided={claims.undecided} />
        ))}
        {claims.undecided > 0 && <p className="cond__legend">{t('cond.legend')}</p>}
      </div>
      {o.verdict === 'undetermined' && (
        <div className="cases">
          <p>
            <strong>{t('verdict.worstCase')}</strong> {t('verdict.worstCaseWhen')} {marginSentences(claims.worst, tr).join(' ') || t('verdict.notAdoptedSentence')}
          </p>
          <p>
            <strong>{t('verdict.bestCase')}</strong> {t('verdict.bestCaseWhen')} {marginSentences(claims.best, tr).join(' ')}
          </p>
        </div>
      )}
      <MarginList block={sentences} />
      <BlockingMinorityStatus b={claims.declaredBlocking} undecided={claims.undecided} />
      <PivotList outcome={o} />
      <p className="verdict__dataset">
        {t('verdict.figures', {
          label: tr.dataset(dataset),
          kind: t(dataset.figures === 'percentages' ? 'dataset.rounded' : 'dataset.exact'),
          level: t(`confidence.${dataset.provenance.confidence}`),
        })}
      </p>
    </section>
  );
}
