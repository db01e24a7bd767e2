import { adoptionProbability, powerIndices } from '../core/power';
import { ok, type Result } from '../core/result';
import { undecidedPaths } from '../core/undecidedPaths';
import type { AnalysisJob, AnalysisResult } from './protocol';

/** The pure work, shared by the worker and the main-thread fallback. */
export function runJob(job: AnalysisJob): Result<AnalysisResult> {
  if (job.kind === 'power') {
    const r = powerIndices(job.electorate, job.participating, job.rule, job.filter);
    return r.ok ? ok({ kind: 'power', value: r.value }) : r;
  }
  if (job.kind === 'undecided') {
    const r = undecidedPaths(job.electorate, job.positions, job.rule);
    return r.ok ? ok({ kind: 'undecided', value: r.value }) : r;
  }
  const r = adoptionProbability(job.electorate, job.probabilities, job.rule, job.participating);
  return r.ok ? ok({ kind: 'probability', value: r.value }) : r;
}
