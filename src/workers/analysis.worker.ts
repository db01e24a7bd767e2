/// <reference lib="webworker" />
/** A thin shell: runs one analysis job off the main thread, reports progress, answers with its id. */
import type { FromWorker, ToWorker } from './protocol';
import { runJobSafely } from './runJob';

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const { id, job } = e.data;
  let reported = 0;
  const r = runJobSafely(job, (done) => {
    // A message per percent at most: the page only redraws a bar.
    if (done - reported < 0.01 && done < 1) return;
    reported = done;
    self.postMessage({ id, progress: done } satisfies FromWorker);
  });
  const answer: FromWorker = r.ok ? { id, ok: true, result: r.value } : { id, ok: false, error: r.error };
  self.postMessage(answer);
};
