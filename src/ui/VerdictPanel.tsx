import { useDataset, useOutcome } from '../state/selectors';
import { BlockingMinorityStatus } from './BlockingMinorityStatus';
import { ConditionBar } from './ConditionBar';
import { headline, marginSentences } from './explain';
import { PivotList } from './PivotList';

/** The verdict, read at a glance, with its conditions, blocking minority and margins. */
export function VerdictPanel() {
  const result = useOutcome();
  const dataset = useDataset();
  if (!result.ok) {
    return (
      <section className="verdict verdict--error" aria-label="Verdict">
        <p role="status">Not available: {result.error.message}</p>
      </section>
    );
  }
  const o = result.value;
  const { word, reason } = headline(o);
  const sentences = o.verdict === 'undetermined' ? [] : marginSentences(o.worst);
  return (
    <section className={`verdict verdict--${o.verdict}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="visually-hidden">
        Verdict
      </h2>
      <div role="status" aria-live="polite" aria-atomic="true" className="verdict__status">
        <span className="verdict__word">{word}</span>{' '}
        <span className="verdict__reason">{reason}</span>
      </div>
      {o.tooCloseToCall && (
        <p className="caution">
          <span aria-hidden="true">⚠ </span>Too close to call with these figures: the dataset gives only rounded percentages,
          and the population condition could go either way.
        </p>
      )}
      <div className="verdict__conditions">
        {o.worst.conditions.map((c, i) => (
          <ConditionBar key={c.id} worst={c} best={o.best.conditions[i] ?? c} />
        ))}
      </div>
      {o.verdict === 'undetermined' && (
        <div className="cases">
          <p>
            <strong>Worst case</strong> (undecided vote no): {marginSentences(o.worst).join(' ') || 'not adopted.'}
          </p>
          <p>
            <strong>Best case</strong> (undecided vote yes): adopted. {marginSentences(o.best).join(' ')}
          </p>
        </div>
      )}
      {sentences.length > 0 && (
        <ul className="margins">
          {sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      <BlockingMinorityStatus e={o.best} undecided={o.undecided.length} />
      <PivotList outcome={o} />
      <p className="verdict__dataset">
        Figures: {dataset.label} ({dataset.figures === 'percentages' ? 'rounded percentages' : 'exact persons'}; confidence{' '}
        {dataset.provenance.confidence}).
      </p>
    </section>
  );
}
