import { lazy, Suspense, useId } from 'react';
import { useStore } from '../../state/store';

const TeachingPanel = lazy(() => import('./TeachingPanel'));

/** "Explain this result": a button that opens the teaching panel, loaded on first use. */
export function ExplainSection() {
  const explaining = useStore((s) => s.explaining);
  const explanationToggled = useStore((s) => s.explanationToggled);
  const id = useId();
  return (
    <section className="panel explain-section" aria-label="Teaching">
      <button type="button" className="explain-section__toggle" aria-expanded={explaining} aria-controls={id} onClick={() => explanationToggled(!explaining)}>
        <span aria-hidden="true">{explaining ? '▾ ' : '▸ '}</span>Explain this result
      </button>
      <div id={id} hidden={!explaining}>
        {explaining && (
          <Suspense fallback={<p className="hint">Loading the explanation…</p>}>
            <TeachingPanel />
          </Suspense>
        )}
      </div>
    </section>
  );
}
