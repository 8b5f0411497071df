import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { loadGfm, loadJsdom, loadReadability, loadTurndown } from '../html/deps.js';
import { runJob, type JobSpec } from './job.js';

/**
 * Worker thread entry. An HTML worker loads the HTML libraries before it says it is ready, so
 * --timeout measures the page's own work, not a cold start; a text worker never loads them (a
 * page that turns out to be HTML there loads them itself). Then one job at a time.
 */
if ((workerData as { html?: boolean } | undefined)?.html !== false) {
  loadJsdom();
  loadReadability();
  loadTurndown();
  loadGfm();
}

/**
 * V8 lets a busy heap grow long before it collects: over the 700 corpus pages a worker's heap
 * drifted to ~500 MB although what a page leaves behind stays under 100 MB (measured with forced
 * collections). A full collection between pages, only once the heap is past this mark, keeps a
 * batch's peak near 400 MB at the cost of a few per cent of time. Worker execArgv cannot carry
 * V8 flags, hence the flag set at run time and gc() fetched from a fresh context.
 */
const COLLECT_ABOVE_BYTES = 192 * 1048576;
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

parentPort?.on('message', (spec: JobSpec) => {
  void runJob(spec).then((result) => {
    parentPort?.postMessage(result);
    // Not process.memoryUsage(): it also reads the process's resident size, slow in a worker, and
    // this runs after every job.
    if (getHeapStatistics().used_heap_size > COLLECT_ABOVE_BYTES) collect();
  });
});
parentPort?.postMessage('ready');
