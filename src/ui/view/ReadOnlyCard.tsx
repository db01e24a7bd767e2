import type { SlideModel } from '../export/slideModel';

const pct = (share: number) => `${share * 100}%`;

/**
 * The verdict card as text to read, from the slide model: verdict, both conditions as bars
 * against their thresholds with their standing, the blocking minority, and the figures used.
 * Shared by the view-only page and the embed; the same words as the verdict panel.
 */
export function ReadOnlyCard({ m }: { readonly m: SlideModel }) {
  return (
    <section className={`verdict verdict--${m.verdict} readonly-card`} aria-label={m.title}>
      <p className="verdict__status">
        <span className="verdict__word">{m.word}</span> <span className="verdict__reason">{m.reason}</span>
      </p>
      <div className="verdict__conditions">
        {m.conditions.map((c) => (
          <div key={c.id} className={`cond cond--${c.tone}`}>
            <div className="cond__head">
              <span className="cond__title">
                <span aria-hidden="true" className="cond__mark">{c.mark} </span>
                {c.title}
              </span>
              <span className="cond__value">{c.value}</span>
            </div>
            {c.bar && (
              <div className="bar" aria-hidden="true">
                <div className="bar__possible" style={{ width: pct(c.bar.best) }} />
                <div className="bar__secured" style={{ width: pct(c.bar.declared) }} />
                <div className="bar__threshold" style={{ left: pct(c.bar.threshold) }} />
              </div>
            )}
            <p className="cond__rule">
              {c.rule} <strong className="cond__status">{c.word}</strong>
            </p>
          </div>
        ))}
      </div>
      {m.blocking && (
        <div className={`blocking ${m.blocking.formed ? 'blocking--yes' : 'blocking--no'}`}>
          <h2 className="readonly-card__blocking">{m.blocking.heading}</h2>
          <p>{m.blocking.summary}</p>
        </div>
      )}
      <footer className="readonly-card__figures">
        {m.footer.map((f) => (
          <p key={f}>{f}</p>
        ))}
      </footer>
    </section>
  );
}
