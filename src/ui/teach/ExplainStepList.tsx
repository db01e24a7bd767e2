import type { ExplainStep, StepStatus } from '../../core/explainSteps';

const MARK: Readonly<Record<StepStatus, { icon: string; word: string }>> = {
  met: { icon: '✓', word: 'met' },
  not_met: { icon: '✕', word: 'not met' },
  uncertain: { icon: '≈', word: 'open' },
  info: { icon: 'i', word: '' },
};

/** The result, step by step: each step's title, a met / not met mark in words too, and its numbers. */
export function ExplainStepList({ steps }: { readonly steps: readonly ExplainStep[] }) {
  return (
    <ol className="steps">
      {steps.map((s) => (
        <li key={s.id} className={`step step--${s.status}`} data-step={s.id}>
          <h4 className="step__title">
            <span className="step__mark" aria-hidden="true">
              {MARK[s.status].icon}
            </span>
            {s.title}
            {s.id !== 'verdict' && MARK[s.status].word && <span className="step__word"> — {MARK[s.status].word}</span>}
          </h4>
          {s.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </li>
      ))}
    </ol>
  );
}
