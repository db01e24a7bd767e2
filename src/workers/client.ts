/**
 * Runs analysis jobs in workers so the screen never freezes. A new job cancels the running job
 * of the same kind (its worker is terminated, its answer can never arrive); jobs of different
 * kinds run side by side. Without Worker support the job runs on the main thread after a yield.
 */
import type { Result } from '../core/result';
import type { AnalysisJob, AnalysisResult, FromWorker } from './protocol';
import { runJobSafely } from './runJob';

let nextId = 1;
type Kind = AnalysisJob['kind'];
const running = new Map<Kind, { worker: Worker; cancel: () => void }>();

/** Stops the running job of this kind, if any. */
export function cancelAnalysis(kind: Kind): void {
  running.get(kind)?.cancel();
  running.delete(kind);
}

/**
 * Runs `job`, calling `onProgress` with the share done (0 to 1) while it runs in the worker.
 * @example await startAnalysis({ kind: 'power', ... }, (done) => bar.value = done)
 */
export function startAnalysis(job: AnalysisJob, onProgress?: (done: number) => void): Promise<Result<AnalysisResult> | 'cancelled'> {
  cancelAnalysis(job.kind);
  if (typeof Worker === 'undefined') {
    return new Promise((resolve) => setTimeout(() => resolve(runJobSafely(job)), 0));
  }
  const id = nextId++;
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    const cancel = () => {
      worker.terminate();
      resolve('cancelled');
    };
    running.set(job.kind, { worker, cancel });
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      if (e.data.id !== id) return; // a stale answer
      if ('progress' in e.data) {
        onProgress?.(e.data.progress);
        return;
      }
      worker.terminate();
      if (running.get(job.kind)?.worker === worker) running.delete(job.kind);
      resolve(e.data.ok ? { ok: true, value: e.data.result } : { ok: false, error: e.data.error });
    };
    // The worker could not start or failed outside the job: the same pure work, here, whose
    // failure is an answer too, so the job always ends.
    const fallBack = (e: Event) => {
      e.preventDefault();
      worker.terminate();
      if (running.get(job.kind)?.worker === worker) running.delete(job.kind);
      resolve(runJobSafely(job));
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    worker.postMessage({ id, job });
  });
}
