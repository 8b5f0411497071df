import { parentPort } from 'node:worker_threads';
import { runJob, type JobSpec } from './job.js';

/** Worker thread entry: one job at a time, posted back as it finishes. */
parentPort?.on('message', (spec: JobSpec) => {
  void runJob(spec).then((result) => parentPort?.postMessage(result));
});
