/**
 * Runs analysis jobs in a worker so the screen never freezes. A new job cancels the one before
 * (its worker is terminated, its answer can never arrive); without Worker support the job runs
 * on the main thread after a yield.
 */
import type { Result } from '../core/result';
import type { AnalysisJob, AnalysisResult, FromWorker } from './protocol';
import { runJob } from './runJob';

let nextId = 1;
let current: { worker: Worker; cancel: () => void } | null = null;

/** Stops the running job, if any. */
export function cancelAnalysis(): void {
  current?.cancel();
  current = null;
}

export function startAnalysis(job: AnalysisJob): Promise<Result<AnalysisResult> | 'cancelled'> {
  cancelAnalysis();
  if (typeof Worker === 'undefined') {
    return new Promise((resolve) => setTimeout(() => resolve(runJob(job)), 0));
  }
  const id = nextId++;
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    const cancel = () => {
      worker.terminate();
      resolve('cancelled');
    };
    current = { worker, cancel };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      if (e.data.id !== id) return; // a stale answer
      worker.terminate();
      if (current?.worker === worker) current = null;
      resolve(e.data.ok ? { ok: true, value: e.data.result } : { ok: false, error: e.data.error });
    };
    worker.onerror = () => {
      worker.terminate();
      if (current?.worker === worker) current = null;
      resolve(runJob(job)); // the fallback: same pure work, here
    };
    worker.postMessage({ id, job });
  });
}
