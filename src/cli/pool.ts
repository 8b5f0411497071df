import { Worker } from 'node:worker_threads';
import { EXIT } from './program.js';
import type { FailureCode } from '../render/record-line.js';
import { SAMPLE_CHARS } from '../detect.js';
import { looksLike } from '../io/peek.js';
import { failureOutput, runJob, timedOut, type JobResult, type JobSpec } from './job.js';

/**
 * Jobs -> results, delivered in input order whatever order they finish in. Each job runs in a
 * worker thread, so a page that runs past --timeout, exhausts --max-memory or crashes its worker
 * costs that input only: the worker is replaced.
 */

export type Deliver = (result: JobResult) => Promise<void>;

/** Calls deliver in index order as results arrive; holds early finishers back. */
function inOrder(deliver: Deliver): (r: JobResult) => Promise<void> {
  const waiting = new Map<number, JobResult>();
  let next = 0;
  let chain = Promise.resolve();
  return (r) => {
    waiting.set(r.index, r);
    chain = chain.then(async () => {
      while (waiting.has(next)) {
        const ready = waiting.get(next)!;
        waiting.delete(next++);
        await deliver(ready);
      }
    });
    return chain;
  };
}

/** stop(): the reader of our output went away (| head); the remaining inputs are not worth running. */
export type Stop = () => boolean;

const WORKER_URL = new URL('./worker.js', import.meta.url);

function failed(spec: JobSpec, error: string, code: number, failure: FailureCode): JobResult {
  return { index: spec.index, code, output: failureOutput(spec, code, failure, error), error: `${spec.input.label}: ${error}`, failure, warnings: [], explain: [] };
}

/**
 * A worker whose libraries are loaded (it says 'ready'), or the error that stopped it. Its heap
 * is capped: a page that needs more (BAD-INPUTS.md: 50 MB of HTML wants gigabytes) ends its
 * worker with ERR_WORKER_OUT_OF_MEMORY, an error for that input instead of an abort of the process.
 */
/**
 * jsdom builds a page's whole DOM (tens of MB) and drops it a moment later. With V8's default
 * young generation most of it lives through a scavenge and is promoted, so the old generation
 * pays for it in full collections. A larger young generation lets a page die young: over the 700
 * corpus pages -j1 went from ~44 s to ~36 s of wall time and from ~59 s to ~45 s of CPU, for
 * ~25 MB more peak RSS (375 MB).
 */
const YOUNG_GENERATION_MB = 128;

/**
 * A scavenge may promote up to a semi-space at once, and Node gives a worker at its heap limit
 * only 16 MB of leeway before V8 aborts the whole process instead of ending the worker: with a
 * young generation larger than the heap (128 MB against --max-memory 64), a page over the limit
 * could take the process down. A quarter of the heap keeps a promotion within that leeway.
 */
function youngGenerationMb(heapMb: number): number {
  return Math.min(YOUNG_GENERATION_MB, Math.max(1, Math.floor(heapMb / 4)));
}

/**
 * A worker for HTML loads jsdom and the HTML libraries before it says ready; one for text dumps
 * never does (a stream of text costs a tenth of the memory). The kind of a job whose bytes are in
 * hand (a record, stdin) is known before it runs; a file or URL may be HTML until read.
 */
type WorkerKind = 'html' | 'text';

/**
 * Only which worker to use, from the bytes' start (tags are ASCII in every charset a page uses
 * but UTF-16); the worker decodes and detects for real, and an HTML page sent to a text worker
 * still runs there, loading the libraries itself.
 */
function kindOf(spec: JobSpec): WorkerKind {
  const forced = spec.options.inputFormat;
  if (forced) return forced;
  if (!spec.bytes) return spec.input.kind === 'file' ? spec.input.looks ?? 'html' : 'html';
  return looksLike(spec.bytes.subarray(0, SAMPLE_CHARS));
}

function startWorker(heapMb: number, kind: WorkerKind): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const resourceLimits = { maxOldGenerationSizeMb: heapMb, ...(kind === 'html' ? { maxYoungGenerationSizeMb: youngGenerationMb(heapMb) } : {}) };
    const worker = new Worker(WORKER_URL, { resourceLimits, workerData: { html: kind === 'html' } });
    worker.once('message', () => {
      worker.off('error', reject);
      // An idle worker's late error must not become the process's uncaught exception.
      worker.on('error', () => {});
      resolve(worker);
    });
    worker.once('error', reject);
  });
}

function workerFailure(spec: JobSpec, err: NodeJS.ErrnoException, heapMb: number): JobResult {
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return failed(spec, `out of memory (over --max-memory ${heapMb} MB)`, EXIT.usage, 'out-of-memory');
  return failed(spec, `internal error: ${err.message}`, EXIT.internal, 'internal');
}

/**
 * Hands out jobs to the lanes, at most maxInFlight taken and not yet delivered: a record stream
 * is read only as fast as its results are written, and one slow record cannot make the results
 * held back behind it (delivery is in order) grow without end.
 */
export function feeder(specs: Iterable<JobSpec> | AsyncIterable<JobSpec>, maxInFlight: number): { next: () => Promise<JobSpec | undefined>; delivered: () => void } {
  const source = Symbol.asyncIterator in specs ? specs[Symbol.asyncIterator]() : specs[Symbol.iterator]();
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let reading = Promise.resolve<JobSpec | undefined>(undefined);
  return {
    next: () => {
      // One reader at a time: the lanes queue here, so the in-flight count is checked in turn.
      reading = reading.then(async () => {
        while (inFlight >= maxInFlight) await new Promise<void>((resolve) => (wake = resolve));
        const item = await source.next();
        if (item.done) return undefined;
        inFlight++;
        return item.value;
      });
      return reading;
    },
    delivered: () => {
      inFlight--;
      wake?.();
      wake = null;
    },
  };
}

export async function runPool(specs: Iterable<JobSpec> | AsyncIterable<JobSpec>, jobs: number, deliver: Deliver, stop: Stop, heapMb: number, maxInFlight = Infinity): Promise<void> {
  const feed = feeder(specs, maxInFlight);
  const emit = inOrder(async (r) => {
    await deliver(r);
    feed.delivered();
  });
  const pending: Array<Promise<void>> = [];
  const delivered: Array<Promise<void>> = [];

  const lane = async (): Promise<void> => {
    const workers: Record<WorkerKind, Worker | null> = { html: null, text: null };
    /** One job in this lane's worker of that kind, started when first needed and replaced when broken. */
    const inWorker = async (kind: WorkerKind, current: JobSpec): Promise<JobResult> => {
      let active: Worker;
      try {
        active = workers[kind] ??= await startWorker(heapMb, kind);
      } catch (err) {
        return workerFailure(current, err as NodeJS.ErrnoException, heapMb);
      }
      return new Promise<JobResult>((resolve) => {
        const done = (r: JobResult, broken: boolean): void => {
          clearTimeout(timer);
          active.off('message', onMessage).off('error', onError).off('exit', onExit);
          if (broken) {
            void active.terminate();
            workers[kind] = null;
          }
          resolve(r);
        };
        // Covers fetching and processing; a runaway page is stopped by ending its worker.
        const timer = setTimeout(() => done(failed(current, timedOut(current.timeoutMs), EXIT.usage, 'timeout'), true), current.timeoutMs);
        const onMessage = (r: JobResult): void => done(r, false);
        const onError = (err: NodeJS.ErrnoException): void => done(workerFailure(current, err, heapMb), true);
        const onExit = (): void => done(failed(current, 'internal error: the worker stopped', EXIT.internal, 'internal'), true);
        active.once('message', onMessage).once('error', onError).once('exit', onExit);
        active.postMessage(current);
      });
    };
    try {
      for (let spec = stop() ? undefined : await feed.next(); spec; spec = stop() ? undefined : await feed.next()) {
        // Not awaited: a lane must not wait for a slower lane's earlier input to be written.
        if (spec.preset) delivered.push(emit(await runJob(spec)));
        else delivered.push(emit(await inWorker(kindOf(spec), spec)));
      }
    } finally {
      await Promise.all([workers.html?.terminate(), workers.text?.terminate()]);
    }
  };
  for (let i = 0; i < jobs; i++) pending.push(lane());
  await Promise.all(pending);
  await Promise.all(delivered);
}
