import { createReadStream } from 'node:fs';
import { lstat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { join } from 'node:path';
import { quoteName } from '../display.js';
import type { Input } from '../io/inputs.js';
import { ndjsonRecords, type RecordFields } from '../io/ndjson-records.js';
import { openStreamed, type StreamedFile, type Written, writeFileAtomic } from '../io/output.js';
import { type ContainerFormat, type RecordItem, StreamError } from '../io/records.js';
import { warcRecords } from '../io/warc.js';
import { writeAll } from '../io/write.js';
import { isValidBaseUrl } from '../pipeline.js';
import type { Property } from '../render/fields.js';
import type { FailureCode } from '../render/record-line.js';
import type { Options } from '../types.js';
import type { JobResult, JobSpec } from './job.js';
import { runPool } from './pool.js';
import { EXIT, moreSevere } from './program.js';
import type { Reporter } from './report.js';

/**
 * Record mode: a WARC or NDJSON input in, exactly one NDJSON line per page record out, in input
 * order (to stdout, -o FILE, or with -d DIR one DIR/<input path>.jsonl.gz shard per input, written
 * whole or not at all, beside its .stats.json). The exit code says only what a scheduler acts on:
 * 0 every record has its line, whatever its result; 5 the stream could not be read to its end
 * (retry); 3 output not written (retry); 2 bad usage (do not retry). --worst-exit restores a
 * batch's "most severe record wins".
 */

export interface Container {
  input: Input;
  format: ContainerFormat;
  gzip: boolean;
  /** The container's bytes; stdin comes already peeked at. */
  bytes: () => AsyncIterable<Uint8Array>;
}

export interface RecordRun {
  options: Options;
  fields: RecordFields;
  property?: Property;
  maxBytes: number;
  timeoutMs: number;
  jobs: number;
  heapMb: number;
  explain: boolean;
  debug: boolean;
  outputDir?: string;
  output?: string;
  force: boolean;
  worstExit: boolean;
  protect: ReadonlySet<string>;
  stdout: Writable;
}

/** A container's counts, as its .stats.json and the summary line give them. */
export interface ShardStats {
  source: string;
  /** Every record read, pages and skipped ones. */
  records: number;
  ok: number;
  noArticle: number;
  badInput: number;
  timeout: number;
  internal: number;
  /** Records that are no page, by WARC type (or not-a-page, status). */
  skipped: Record<string, number>;
}

/**
 * Records taken from the stream and not yet written, per job: enough to keep every worker busy
 * while one slow record holds the in-order output back, few enough that memory stays flat.
 */
const RECORDS_IN_FLIGHT_PER_JOB = 4;

const STAT_OF: Record<FailureCode, 'noArticle' | 'badInput' | 'timeout' | 'internal'> = {
  'no-article': 'noArticle',
  scripted: 'noArticle',
  'bad-input': 'badInput',
  'too-large': 'badInput',
  'out-of-memory': 'badInput',
  timeout: 'timeout',
  internal: 'internal',
};

export const shardPath = (dir: string, rel: string): string => join(dir, `${rel}.jsonl.gz`);
const statsPath = (dir: string, rel: string): string => join(dir, `${rel}.stats.json`);

function items(c: Container, run: RecordRun): AsyncGenerator<RecordItem> {
  const opts = { gzip: c.gzip, maxBytes: run.maxBytes };
  return c.format === 'warc' ? warcRecords(c.bytes(), opts) : ndjsonRecords(c.bytes(), { ...opts, fields: run.fields });
}

export function fileContainer(input: Extract<Input, { kind: 'file' }>, format: ContainerFormat, gzip: boolean): Container {
  return { input, format, gzip, bytes: () => createReadStream(input.path) };
}

/**
 * The specs of a container's page records; skipped records are counted, a stream error is kept,
 * and with --explain each spec's label is kept until its result is delivered.
 */
async function* specsOf(c: Container, run: RecordRun, stats: ShardStats, broken: { error?: StreamError }, labels: Map<number, string>): AsyncGenerator<JobSpec> {
  let index = 0;
  try {
    for await (const item of items(c, run)) {
      stats.records++;
      if (item.kind === 'skipped') {
        stats.skipped[item.why] = (stats.skipped[item.why] ?? 0) + 1;
        continue;
      }
      const label = `${c.input.label}#${item.n}`;
      const spec: JobSpec = {
        index: index++,
        input: { kind: 'record', label, rel: c.input.rel },
        options: run.options,
        render: { format: 'json', frontMatter: false, property: run.property, ndjson: false, record: { id: item.id, url: item.url, date: item.date } },
        maxBytes: run.maxBytes,
        timeoutMs: run.timeoutMs,
        explain: run.explain,
        debug: run.debug,
      };
      if (item.kind === 'bad') spec.preset = { code: EXIT.usage, error: `${label}: ${item.reason}`, failure: item.code };
      else {
        spec.bytes = item.bytes;
        spec.fetched = { url: item.url && isValidBaseUrl(item.url) ? item.url : undefined, charset: item.charset };
        if (item.format) spec.options = { ...run.options, inputFormat: item.format };
      }
      if (run.explain) labels.set(spec.index, label);
      yield spec;
    }
  } catch (err) {
    if (!(err instanceof StreamError)) throw err;
    broken.error = err;
  }
}

/** Where a container's lines go: stdout, or a file put in place only once whole. */
type Sink = { write: (line: string) => Promise<Written & { closed?: boolean }>; file?: StreamedFile };

async function openSink(c: Container, run: RecordRun): Promise<Sink | Written> {
  const path = run.outputDir ? shardPath(run.outputDir, c.input.rel) : run.output;
  if (!path) return { write: (line) => writeAll(run.stdout, line) };
  const opened = await openStreamed(path, { force: run.force || !run.outputDir, protect: run.protect, root: run.outputDir, gzip: path.endsWith('.gz') });
  if (!opened.ok || !opened.file) return opened;
  const file = opened.file;
  return { write: (line) => file.write(line), file };
}

const summary = (s: ShardStats): string => {
  const parts = [`${s.ok} ok`];
  if (s.noArticle) parts.push(`${s.noArticle} without article`);
  if (s.badInput) parts.push(`${s.badInput} bad input`);
  if (s.timeout) parts.push(`${s.timeout} timed out`);
  if (s.internal) parts.push(`${s.internal} internal errors`);
  const skipped = Object.entries(s.skipped);
  if (skipped.length) parts.push(`${skipped.reduce((n, [, k]) => n + k, 0)} skipped (${skipped.map(([why, k]) => `${why} ${k}`).join(', ')})`);
  return `${s.source}: ${s.records} records: ${parts.join(', ')}`;
};

/** One container through the pool; resolves to its exit code. */
async function runContainer(c: Container, run: RecordRun, report: Reporter): Promise<number> {
  // A shard is whole or absent, so one that exists is done: a rerun after a crash redoes only the rest.
  const shard = run.outputDir ? shardPath(run.outputDir, c.input.rel) : null;
  if (shard && !run.force && (await lstat(shard).catch(() => null))) {
    report.warning(`${quoteName(shard)}: already exists, kept (use --force to replace it)`);
    return EXIT.ok;
  }
  const sink = await openSink(c, run);
  if (!('write' in sink)) {
    report.error(sink.ok ? 'cannot open the output' : sink.reason);
    return EXIT.output;
  }
  const stats: ShardStats = { source: c.input.label, records: 0, ok: 0, noArticle: 0, badInput: 0, timeout: 0, internal: 0, skipped: {} };
  const broken: { error?: StreamError } = {};
  let worst: number = EXIT.ok;
  let writeError: string | null = null;
  let closed = false;
  const labels = new Map<number, string>();
  const deliver = async (r: JobResult): Promise<void> => {
    for (const line of r.explain) report.line(`${labels.get(r.index)}: ${line}`);
    labels.delete(r.index);
    worst = moreSevere(worst, r.code);
    if (r.failure) stats[STAT_OF[r.failure]]++;
    else stats.ok++;
    if (writeError || closed || r.output === null) return;
    const written = await sink.write(r.output);
    if (!written.ok) writeError = written.reason;
    else if (written.closed) closed = true;
  };
  await runPool(specsOf(c, run, stats, broken, labels), run.jobs, deliver, () => writeError !== null || closed, run.heapMb, run.jobs * RECORDS_IN_FLIGHT_PER_JOB);
  if (broken.error || writeError) {
    await sink.file?.abort();
    report.error(`${c.input.label}: ${broken.error ? broken.error.message : writeError}${sink.file ? '; nothing written' : ''}`);
    return broken.error && !writeError ? EXIT.stream : EXIT.output;
  }
  if (sink.file) {
    const committed = await sink.file.commit();
    if (!committed.ok) {
      report.error(committed.reason);
      return EXIT.output;
    }
  }
  if (run.outputDir) {
    const written = await writeFileAtomic(statsPath(run.outputDir, c.input.rel), `${JSON.stringify(stats)}\n`, { force: true, protect: run.protect, root: run.outputDir });
    if (!written.ok) {
      report.error(written.reason);
      return EXIT.output;
    }
  }
  report.note(summary(stats));
  return run.worstExit ? worst : EXIT.ok;
}

export async function runRecords(containers: readonly Container[], run: RecordRun, report: Reporter): Promise<number> {
  let code: number = EXIT.ok;
  for (const c of containers) code = moreSevere(code, await runContainer(c, run, report));
  return code;
}
