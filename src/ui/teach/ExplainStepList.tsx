import type { ExplainStep, StepStatus } from '../../core/teach/explainSteps';
import type { MessageKey } from '../../i18n/en';
import { teachText } from '../../i18n/teach';
import { useT } from '../i18n/useT';
import '../../i18n/teaching/register';
import '../../i18n/later/register';

/** The same marks as the verdict panel's bars: ✓ met, ◐ met only if the undecided vote yes, ✕ not met, ≈ too close to call. */
const ICON: Readonly<Record<StepStatus, string>> = { met: '✓', not_met: '✕', open: '◐', uncertain: '≈', info: 'i' };
const WORD: Readonly<Record<StepStatus, MessageKey>> = {
  met: 'teach.mark.met',
  not_met: 'teach.mark.not_met',
  open: 'teach.mark.open',
  uncertain: 'teach.mark.tooClose',
  info: 'teach.mark.uncertain',
};

/**
 * The blocking-minority step answers "is a blocking minority formed?": its status 'met' means
 * formed, and it says so in words ("formed" / "not formed"), never "met".
 */
const BLOCKING: Readonly<Record<StepStatus, { icon: string; word: string; className: string }>> = {
  met: { icon: '■', word: 'teach.mark.formed', className: 'step--formed' },
  not_met: { icon: '□', word: 'teach.mark.notFormed', className: 'step--not-formed' },
  open: { icon: '◐', word: 'teach.mark.uncertain', className: 'step--open' },
  uncertain: { icon: '≈', word: 'teach.mark.tooClose', className: 'step--uncertain' },
  info: { icon: 'i', word: 'teach.mark.uncertain', className: 'step--info' },
};

function mark(s: ExplainStep): { icon: string; word: MessageKey; className: string } {
  if (s.id === 'blocking') return BLOCKING[s.status] as { icon: string; word: MessageKey; className: string };
  return { icon: ICON[s.status], word: WORD[s.status], className: `step--${s.status}` };
}

/** The result, step by step: each step's title, a met / not met mark in words too, and its numbers. */
export function ExplainStepList({ steps }: { readonly steps: readonly ExplainStep[] }) {
  const tr = useT();
  return (
    <ol className="steps">
      {steps.map((s) => {
        const m = mark(s);
        return (
          <li key={s.id} className={`step ${m.className}`} data-step={s.id} data-status={s.status}>
            <h4 className="step__title">
              <span className="step__mark" aria-hidden="true">
                {m.icon}
              </span>
              {teachText(s.title, tr)}
              {s.id !== 'verdict' && s.status !== 'info' && <span className="step__word"> — {tr.t(m.word)}</span>}
            </h4>
            {s.lines.map((line, i) => (
              <p key={i}>{teachText(line, tr)}</p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
