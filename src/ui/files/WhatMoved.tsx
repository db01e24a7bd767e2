import { useId } from 'react';
import type { Step } from '../../core/scenario/timeline';
import type { Translator } from '../../i18n/translator';
import { positionLabel } from '../members/positionOptions';
import { blockingWord, verdictWord } from './words';
import '../../i18n/files/register';

interface Props {
  readonly steps: readonly Step[];
  readonly tr: Translator;
  /** The section's heading; "What moved" by default. */
  readonly heading?: string;
  /** Whether to explain what "changed the verdict" means (once per panel). */
  readonly hint?: boolean;
}

/** Between each pair of consecutive snapshots: who moved, from what to what, and which moves carried the result. */
export function WhatMoved({ steps, tr, heading, hint = true }: Props) {
  const { t } = tr;
  const id = useId();
  if (steps.length === 0) return null;
  return (
    <section className="moved" aria-labelledby={id}>
      <h3 id={id}>{heading ?? t('files.moved.heading')}</h3>
      {hint && <p className="hint">{t('files.moved.carriedHint')}</p>}
      <ol className="moved__steps">
        {steps.map((s) => {
          const to = tr.day(s.to.date);
          return (
            <li key={s.to.snapshotId}>
              <h4>{t('files.moved.between', { from: tr.day(s.from.date), to })}</h4>
              <p>
                {s.from.verdict !== s.to.verdict && <strong>{t('files.moved.verdict', { from: verdictWord(s.from.verdict, tr), to: verdictWord(s.to.verdict, tr) })} </strong>}
                {s.from.blocking !== s.to.blocking && t('files.moved.blocking', { from: blockingWord(s.from.blocking, tr), to: blockingWord(s.to.blocking, tr) })}
              </p>
              {s.moves.length === 0 ? (
                <p className="hint">{t('files.moved.nothing')}</p>
              ) : (
                <ul className="moved__list">
                  {s.moves.map((m) => (
                    <li key={m.code}>
                      <span className="moved__move">{t('files.moved.move', { member: tr.country(m.code), from: positionLabel(m.from, tr), to: positionLabel(m.to, tr) })}</span>
                      {m.carriedVerdict && <span className="moved__badge">{t('files.moved.carriedVerdict')}</span>}
                      {m.carriedBlocking && <span className="moved__badge moved__badge--blocking">{t('files.moved.carriedBlocking')}</span>}
                      {m.note && <span className="moved__note"> — {m.note}</span>}
                    </li>
                  ))}
                </ul>
              )}
              {s.to.note && (
                <details className="moved__sources">
                  <summary>{t('files.moved.sources', { date: to })}</summary>
                  <p className="moved__text">{s.to.note}</p>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
