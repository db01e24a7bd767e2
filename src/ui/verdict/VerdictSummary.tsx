import { lazy, Suspense, useEffect, useState } from 'react';
import { claimsOf } from '../../core/rules/claims';
import { useOutcome } from '../../state/selectors';
import { useStore } from '../../state/store';
import { blockingWords, headline } from './explain';
import { useT } from '../i18n/useT';
import './meeting.css';

// Only while an exercise is in progress: its checker comes with the teaching panel's code.
const ExerciseState = lazy(() => import('./ExerciseState'));

/** Scrolls the full verdict panel into view. */
function showVerdict() {
  document.getElementById('verdict-heading')?.closest('section')?.scrollIntoView({ block: 'start' });
}

/**
 * The verdict in one line that stays in view while the members are scrolled (narrow screens,
 * where the verdict panel is above the list): the verdict word, members and population in
 * favour, the blocking minority. Same claims and words as the verdict panel; not a live region,
 * since the panel's status already announces each change.
 */
/** Whether the verdict panel's status is on screen (true until known, and where the browser cannot tell). */
function useVerdictInView(ok: boolean): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const status = document.getElementById('verdict-heading')?.closest('section')?.querySelector('[role="status"]');
    if (!status || typeof IntersectionObserver === 'undefined') return;
    // Half of the status in view counts as seen: a sliver at the screen's edge shows no verdict.
    const io = new IntersectionObserver(([e]) => setInView((e?.intersectionRatio ?? 0) >= 0.5), { threshold: [0, 0.5, 1] });
    io.observe(status);
    return () => io.disconnect();
  }, [ok]);
  return inView;
}

export function VerdictSummary() {
  const exercising = useStore((s) => s.exercise !== null);
  const result = useOutcome();
  // Rendered only while the panel is off screen: never two verdicts in view at once.
  const idle = useVerdictInView(result.ok);
  const tr = useT();
  const { t } = tr;
  if (!result.ok || idle) return null;
  const o = result.value;
  const claims = claimsOf(o);
  const a = claims.actual;
  const b = blockingWords(claims.declaredBlocking, claims.undecided, tr);
  return (
    <aside className={`vsum vsum--${claims.call === 'too_close' ? 'undetermined' : o.verdict}`} data-call={claims.call} aria-label={t('summary.label')}>
      <p className="vsum__line">
        <strong className="vsum__word">{headline(o, tr, claims).word}</strong>
        <span className="vsum__fig">{t('summary.members', { n: tr.count(a.inFavour), of: tr.count(a.participating) })}</span>
        <span className="vsum__fig">{t('summary.population', { share: tr.share(a.populationInFavour, a.populationParticipating) })}</span>
      </p>
      <p className="vsum__line">
        <span className={`vsum__blocking vsum__blocking--${b.tone === 'formed' ? 'yes' : 'no'}`} data-blocking={b.tone}>
          <span aria-hidden="true">{b.mark} </span>
          {b.heading}
        </span>
        {exercising && (
          <Suspense fallback={null}>
            <ExerciseState />
          </Suspense>
        )}
        <button type="button" className="vsum__more" onClick={showVerdict}>
          {t('summary.seeVerdict')}
        </button>
      </p>
    </aside>
  );
}
