import { adoptionProbability, powerIndices, type Progress } from '../core/analysis/power';
import { assertNever, err, ok, type Result } from '../core/result';
import { undecidedPaths } from '../core/analysis/undecidedPaths';
import { blockingCoalitions, whatItTakes } from '../core/analysis/whatItTakes';
import type { AnalysisJob, AnalysisResult } from './protocol';

/** The pure work, shared by the worker and the main-thread fallback. */
export function runJob(job: AnalysisJob, progress?: Progress): Result<AnalysisResult> {
  switch (job.kind) {
    case 'power': {
      const r = powerIndices(job.electorate, job.participating, job.rule, job.filter, progress);
      return r.ok ? ok({ kind: 'power', value: r.value }) : r;
    }
    case 'undecided': {
      const r = undecidedPaths(job.electorate, job.positions, job.rule);
      return r.ok ? ok({ kind: 'undecided', value: r.value }) : r;
    }
    case 'probability': {
      const r = adoptionProbability(job.electorate, job.probabilities, job.rule, job.participating);
      return r.ok ? ok({ kind: 'probability', value: r.value }) : r;
    }
    case 'takes': {
      const r = whatItTakes(job.electorate, job.positions, job.rule);
      return r.ok ? ok({ kind: 'takes', value: r.value }) : r;
    }
    case 'blocking': {
      const r = blockingCoalitions(job.electorate, job.participating, job.rule, job.with, job.without);
      return r.ok ? ok({ kind: 'blocking', value: r.value }) : r;
    }
    default:
      return assertNever(job);
  }
}

/**
 * `runJob` with any exception turned into an `analysis.failed` answer, so every job ends with a
 * result or a message and no section waits for an answer that will never come.
 */
export function runJobSafely(job: AnalysisJob, progress?: Progress): Result<AnalysisResult> {
  try {
    return runJob(job, progress);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
    return err({ code: 'analysis.failed', message });
  }
}
