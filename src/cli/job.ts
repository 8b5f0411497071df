import { type Context, createContext, Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { fetchPage } from '../io/fetch.js';
import type { Input } from '../io/inputs.js';
import { readFileInput, readRegularFileSync } from '../io/read.js';
import { type HtmlBranch, type Prepared, prepare, run } from '../pipeline.js';
import type { Property } from '../render/fields.js';
import { jsonObject, render, renderProperty } from '../render/index.js';
import type { Options, OutputFormat, Removal, Result } from '../types.js';
import { EXIT } from './program.js';
import { safeJson } from '../display.js';
import type { RecordMeta } from '../io/records.js';
import { type FailureCode, recordFailureLine, recordLine } from '../render/record-line.js';

/**
 * One input's whole journey short of writing: read (file, URL or given bytes), extract, render.
 * Runs in the main thread or in a worker; everything in and out is structured-cloneable.
 */

export interface RenderSpec {
  format: OutputFormat;
  frontMatter: boolean;
  property?: Property;
  /** NDJSON line with the source (batch to stdout), or the document as is. */
  ndjson: boolean;
  /** A record of a WARC or NDJSON stream: its output line (record-line.ts), whatever the format. */
  record?: RecordMeta;
}

export interface JobSpec {
  index: number;
  input: Input;
  /** The input's bytes when the main thread already read them (stdin, or a page it sized up). */
  bytes?: Uint8Array;
  /** With bytes from a URL: the final URL and the HTTP charset. */
  fetched?: { url?: string; charset?: string };
  options: Options;
  render: RenderSpec;
  maxBytes: number;
  timeoutMs: number;
  explain: boolean;
  debug: boolean;
  /** Decided before any work (an output clash, an output to keep): the result without running. */
  preset?: { code: number; error: string | null; failure?: FailureCode };
}

/** A result code that is no exit code: the input was skipped because its output exists. */
export const SKIPPED = -1;

export interface JobResult {
  index: number;
  /** EXIT code for this input. */
  code: number;
  /** What goes to stdout or the output file; null when nothing should. */
  output: string | null;
  /** The error, one line (plus a trace with --debug), or null. */
  error: string | null;
  /** Why there is no article, as a record line says it; with error. */
  failure?: FailureCode;
  warnings: string[];
  explain: string[];
}

type Loaded = { ok: true; bytes: Uint8Array; url?: string; charset?: string } | { ok: false; reason: string };

async function load(spec: JobSpec): Promise<Loaded> {
  const { input } = spec;
  if (spec.bytes) return { ok: true, bytes: spec.bytes, url: spec.fetched?.url, charset: spec.fetched?.charset };
  if (input.kind === 'file') return (isMainThread ? null : readRegularFileSync(input.path, spec.maxBytes, input.label)) ?? readFileInput(input.path, spec.maxBytes, input.label);
  if (input.kind === 'url') {
    const got = await fetchPage(input.url, { timeoutMs: spec.timeoutMs, maxBytes: spec.maxBytes });
    return got.ok ? { ok: true, bytes: got.bytes, url: got.url, charset: got.charset ?? undefined } : got;
  }
  if (input.kind === 'invalid') return { ok: false, reason: `${input.label}: ${input.reason}` };
  return { ok: false, reason: 'stdin was not read' };
}

function explainLines(removed: readonly Removal[]): string[] {
  return removed.map((r) => `removed  ${r.rule.padEnd(34)} ${r.preview}`);
}

function failureCode(result: Extract<Result, { ok: false }>): number {
  return result.code === 'bad-input' ? EXIT.usage : result.code === 'internal' ? EXIT.internal : result.code === 'scripted' ? EXIT.scripted : EXIT.noArticle;
}

export function ndjsonFailure(source: string, code: number, error: string): string {
  return `${safeJson({ source, ok: false, exitCode: code, error })}\n`;
}

/** What goes to stdout for a failed input: a record's line, a batch's NDJSON line, or nothing. */
export function failureOutput(spec: JobSpec, code: number, failure: FailureCode, error: string): string | null {
  const firstLine = error.split('\n')[0]!;
  if (spec.render.record) {
    const label = `${spec.input.label}: `;
    return recordFailureLine(spec.render.record, failure, firstLine.startsWith(label) ? firstLine.slice(label.length) : firstLine);
  }
  return spec.render.ndjson ? ndjsonFailure(spec.input.label, code, firstLine) : null;
}

/**
 * Reads the input in this thread, so the caller can see whether it is HTML (which runs in a
 * worker, under --timeout and a memory limit) or a text dump (which is fast and runs here).
 */
export async function preload(spec: JobSpec): Promise<{ spec: JobSpec; html: boolean; prepared: Prepared } | { result: JobResult }> {
  const loaded = await load(spec);
  if (!loaded.ok) return { result: await runJob({ ...spec, preset: { code: EXIT.usage, error: loaded.reason } }) };
  const prepared = prepare(loaded.bytes, optionsFor(spec, loaded));
  const html = prepared.ok && prepared.html;
  return { spec: { ...spec, bytes: loaded.bytes, fetched: loaded.url || loaded.charset ? { url: loaded.url, charset: loaded.charset } : undefined }, html, prepared };
}

/** The options extract runs with: the user's, plus what fetching the input told us. */
function optionsFor(spec: JobSpec, loaded: { url?: string; charset?: string }): Options {
  return { ...spec.options, url: spec.options.url ?? loaded.url, transportEncoding: loaded.charset };
}

/**
 * Runs fn, stopped after ms: V8 interrupts whatever JavaScript runs, a backtracking regex
 * included. For work in this thread (text dumps), where no worker can be terminated; a user's
 * --rules row can backtrack for hours on the wrong line.
 */
function withTimeout<T>(fn: () => T, ms: number): T {
  // One context for the process: a new one costs half a millisecond, on every text dump of a batch.
  timeoutContext ??= { context: createContext({ fn: null }), script: new Script('fn()') };
  const { context, script } = timeoutContext;
  context.fn = fn;
  try {
    return script.runInContext(context, { timeout: ms }) as T;
  } finally {
    context.fn = null;
  }
}

let timeoutContext: { context: Context; script: Script } | undefined;

export const timedOut = (ms: number): string => `timed out after ${ms / 1000} s (see --timeout)`;

/** Loaded on the first HTML input: a run over text dumps never pays for jsdom and the HTML modules. */
async function htmlBranch(): Promise<HtmlBranch> {
  return (await import('../html/assemble.js')).extractFromHtml;
}

/**
 * Test hook: with EXTRACT_TEST_STALL set, an input whose bytes hold its value never finishes, so
 * the tests of --timeout need no page that is merely slow (slow depends on the machine).
 */
const STALL_MARKER = process.env.EXTRACT_TEST_STALL ? Buffer.from(process.env.EXTRACT_TEST_STALL) : null;

function stallIfMarked(bytes: Uint8Array): void {
  if (STALL_MARKER && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(STALL_MARKER)) for (;;);
}

/** Output larger than this many times the input (or 1 MB) is refused: a page cannot hold that much article. */
const MAX_OUTPUT_EXPANSION = 4;

/**
 * inThread: the job runs in the main thread, under withTimeout (workers are terminated by the pool
 * instead). preloaded: the input as preload already decoded it, so it is not decoded twice.
 */
export async function runJob(spec: JobSpec, inThread = false, preloaded?: Prepared): Promise<JobResult> {
  const base = { index: spec.index, warnings: [] as string[], explain: [] as string[] };
  const fail = (code: number, error: string, failure: FailureCode = 'bad-input'): JobResult => ({ ...base, code, error, failure, output: failureOutput(spec, code, failure, error) });
  if (spec.preset) {
    const { failure, error } = spec.preset;
    return { ...base, ...spec.preset, output: failure && error ? failureOutput(spec, spec.preset.code, failure, error) : null };
  }
  try {
    const loaded = await load(spec);
    if (!loaded.ok) return fail(EXIT.usage, loaded.reason);
    const options = optionsFor(spec, loaded);
    const prepared = preloaded ?? prepare(loaded.bytes, options);
    const html = prepared.ok && prepared.html ? await htmlBranch() : null;
    let result: Result;
    try {
      const work = (): Result => (stallIfMarked(loaded.bytes), run(prepared, options, html));
      result = inThread ? withTimeout(work, spec.timeoutMs) : work();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return fail(EXIT.usage, `${spec.input.label}: ${timedOut(spec.timeoutMs)}`, 'timeout');
      throw err;
    }
    const removed = result.ok ? result.article.removed : result.removed;
    if (spec.explain) base.explain.push(...explainLines(removed), ...(result.ok ? result.article.notes.map((n) => `note     ${n}`) : []));
    if (!result.ok) {
      const trace = spec.debug && result.cause instanceof Error ? `\n${result.cause.stack}` : '';
      return fail(failureCode(result), result.reason + trace, result.code);
    }
    const a = result.article;
    base.warnings.push(...a.warnings);
    const { format, frontMatter, property, ndjson, record } = spec.render;
    let output: string;
    if (record) output = recordLine(record, a, property);
    else if (ndjson) output = `${safeJson({ source: spec.input.label, ok: true, ...(property ? { [property]: a[property] } : jsonObject(a)) })}\n`;
    else if (property) output = renderProperty(a, property);
    else output = render(a, format, { frontMatter });
    if (output.length > Math.max(1 << 20, MAX_OUTPUT_EXPANSION * loaded.bytes.length)) return fail(EXIT.usage, `${spec.input.label}: output too large (${output.length} characters from ${loaded.bytes.length} bytes)`, 'too-large');
    return { ...base, code: EXIT.ok, error: null, output };
  } catch (err) {
    // extract() never throws; this is the reading/rendering around it going wrong.
    const trace = spec.debug && err instanceof Error ? `\n${err.stack}` : '';
    return fail(EXIT.internal, `internal error: ${err instanceof Error ? err.message : String(err)}${trace}`, 'internal');
  }
}
