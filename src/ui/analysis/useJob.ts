import { useEffect, useState } from 'react';
import type { AppError } from '../../core/result';
import { cancelAnalysis, startAnalysis } from '../../workers/client';
import type { AnalysisJob, AnalysisResult } from '../../workers/protocol';

type ResultOf<K extends AnalysisResult['kind']> = Extract<AnalysisResult, { kind: K }>['value'];

export type JobState<K extends AnalysisResult['kind']> =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: number | null }
  | { readonly status: 'done'; readonly result: ResultOf<K> }
  | { readonly status: 'error'; readonly error: AppError };

/**
 * Runs `job` in the analysis worker whenever it changes (null: nothing to run). A newer job
 * cancels the older one, and an answer for a job that is no longer current is dropped: the
 * state is tagged with the job it answers, so it is "running" until the current job's answer.
 */
export function useJob<K extends AnalysisResult['kind']>(job: (AnalysisJob & { kind: K }) | null): JobState<K> & { cancel(): void } {
  const [answer, setAnswer] = useState<{ job: AnalysisJob; state: JobState<K> } | null>(null);
  const [cancelled, setCancelled] = useState<AnalysisJob | null>(null);
  const [progress, setProgress] = useState<{ job: AnalysisJob; done: number } | null>(null);
  useEffect(() => {
    if (!job) return;
    let live = true;
    const onProgress = (done: number) => live && setProgress({ job, done });
    void startAnalysis(job, onProgress).then((r) => {
      if (!live || r === 'cancelled') return;
      setAnswer({ job, state: (r.ok ? { status: 'done', result: r.value.value } : { status: 'error', error: r.error }) as JobState<K> });
    });
    return () => {
      live = false;
    };
  }, [job]);
  const state: JobState<K> =
    !job || cancelled === job
      ? { status: 'idle' }
      : answer?.job === job
        ? answer.state
        : { status: 'running', progress: progress?.job === job ? progress.done : null };
  return {
    ...state,
    cancel: () => {
      if (job) cancelAnalysis(job.kind);
      setCancelled(job);
    },
  };
}
