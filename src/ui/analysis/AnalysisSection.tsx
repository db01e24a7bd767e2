import { lazy, Suspense, useState } from 'react';

const AnalysisPanel = lazy(() => import('./AnalysisPanel'));

/** A closed section until asked for: its code and its work start only when opened. */
export function AnalysisSection() {
  const [open, setOpen] = useState(false);
  return (
    <details className="panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>Analysis: what it takes, undecided paths, probability, voting power</h2>
      </summary>
      {open && (
        <Suspense fallback={<p className="hint">Loading the analysis…</p>}>
          <AnalysisPanel />
        </Suspense>
      )}
    </details>
  );
}
