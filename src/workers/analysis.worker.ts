/// <reference lib="webworker" />
/** A thin shell: runs one analysis job off the main thread and answers with its id. */
import type { FromWorker, ToWorker } from './protocol';
import { runJob } from './runJob';

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const { id, job } = e.data;
  const r = runJob(job);
  const answer: FromWorker = r.ok ? { id, ok: true, result: r.value } : { id, ok: false, error: r.error };
  self.postMessage(answer);
};
