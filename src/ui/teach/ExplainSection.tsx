import { lazy, Suspense, useId } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

const TeachingPanel = lazy(() => import('./TeachingPanel'));

/** "Explain this result": a button that opens the teaching panel, loaded on first use. */
export function ExplainSection() {
  const explaining = useStore((s) => s.explaining);
  const explanationToggled = useStore((s) => s.explanationToggled);
  const id = useId();
  const { t } = useT();
  return (
    <section className="panel explain-section" aria-label={t('explain.section')}>
      <button type="button" className="explain-section__toggle" aria-expanded={explaining} aria-controls={id} onClick={() => explanationToggled(!explaining)}>
        <span aria-hidden="true">{explaining ? '▾ ' : '▸ '}</span>
        {t('explain.toggle')}
      </button>
      <div id={id} hidden={!explaining}>
        {explaining && (
          <Suspense fallback={<p className="hint">{t('explain.loading')}</p>}>
            <TeachingPanel />
          </Suspense>
        )}
      </div>
    </section>
  );
}
