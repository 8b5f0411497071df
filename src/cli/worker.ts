import { parentPort } from 'node:worker_threads';
import { loadGfm, loadJsdom, loadReadability, loadTurndown } from '../html/deps.js';
import { runJob, type JobSpec } from './job.js';

/**
 * Worker thread entry. The HTML libraries are loaded before the worker says it is ready, so
 * --timeout measures the page's own work, not a cold start. Then one job at a time.
 */
loadJsdom();
loadReadability();
loadTurndown();
loadGfm();
parentPort?.on('message', (spec: JobSpec) => {
  void runJob(spec).then((result) => parentPort?.postMessage(result));
});
parentPort?.postMessage('ready');
