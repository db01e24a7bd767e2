import type { ExplainStep, StepStatus } from '../../core/teach/explainSteps';
import { teachText } from '../../i18n/teach';
import { useT } from '../i18n/useT';

const ICON: Readonly<Record<StepStatus, string>> = { met: '✓', not_met: '✕', uncertain: '≈', info: 'i' };

/** The result, step by step: each step's title, a met / not met mark in words too, and its numbers. */
export function ExplainStepList({ steps }: { readonly steps: readonly ExplainStep[] }) {
  const tr = useT();
  return (
    <ol className="steps">
      {steps.map((s) => (
        <li key={s.id} className={`step step--${s.status}`} data-step={s.id}>
          <h4 className="step__title">
            <span className="step__mark" aria-hidden="true">
              {ICON[s.status]}
            </span>
            {teachText(s.title, tr)}
            {s.id !== 'verdict' && s.status !== 'info' && <span className="step__word"> — {tr.t(`teach.mark.${s.status}`)}</span>}
          </h4>
          {s.lines.map((line, i) => (
            <p key={i}>{teachText(line, tr)}</p>
          ))}
        </li>
      ))}
    </ol>
  );
}
