import { readFile, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { loadJsdom } from '../html/deps.js';
import { expandInputs, type Input } from '../io/inputs.js';
import { outputPath, inputIdentities, writeFileAtomic } from '../io/output.js';
import { readStream } from '../io/read.js';
import { writeAll } from '../io/write.js';
import { quoted, quoteName, visible } from '../display.js';
import { type Property, propertyName } from '../render/fields.js';
import { DEFAULT_RECORD_FIELDS } from '../io/ndjson-records.js';
import { sortInputs, type Sorted } from './containers.js';
import { runRecords } from './records.js';
import { chooseShards, manifestShards } from './shards.js';
import { parseRules, RulesError } from '../rules/load.js';
import { RULES } from '../rules/table/index.js';
import type { Options, Rule } from '../types.js';
import { preload, runJob, SKIPPED, type JobResult, type JobSpec } from './job.js';
import { runPool } from './pool.js';
import { createProgram, EXIT, moreSevere, type CliOptions } from './program.js';
import { Reporter, type Tally } from './report.js';

export { EXIT } from './program.js';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  env?: Record<string, string | undefined>;
  cwd?: string;
}

class UsageError extends Error {}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

async function loadRules(path: string): Promise<Rule[]> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--rules ${quoteName(path)}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return parseRules(source, new Set(RULES.map((r) => r.id)));
  } catch (err) {
    if (err instanceof RulesError) throw new UsageError(`--rules ${quoteName(path)}: ${err.message}`);
    throw err;
  }
}

function checkSelector(flag: string, selector: string | undefined): void {
  if (selector === undefined) return;
  try {
    new (loadJsdom().JSDOM)('').window.document.querySelector(selector);
  } catch {
    throw new UsageError(`${flag}: ${quoted(selector)} is not a valid CSS selector`);
  }
}

/** Everything the options say about extraction itself, checked once before any input is read. */
async function extractionOptions(opts: CliOptions): Promise<Options> {
  if (opts.precision && opts.recall) throw new UsageError('--precision and --recall are two ends of one knob: give one of them');
  checkSelector('--keep-selector', opts.keepSelector);
  checkSelector('--drop-selector', opts.dropSelector);
  return {
    // warc and ndjson name the container; each record's own format comes with it.
    inputFormat: opts.inputFormat === 'html' || opts.inputFormat === 'text' ? opts.inputFormat : undefined,
    pageType: opts.type,
    encoding: opts.encoding,
    url: opts.url,
    favor: opts.precision ? 'precision' : opts.recall ? 'recall' : 'balanced',
    minWords: opts.minWords,
    keepSelector: opts.keepSelector,
    dropSelector: opts.dropSelector,
    rules: opts.rules ? await loadRules(opts.rules) : undefined,
    links: opts.links,
    images: opts.images,
    tables: opts.tables,
  };
}

/** Write errors no later input can escape: the batch stops at the first, with one message. */
const FATAL_WRITE = new Set(['ENOSPC', 'EROFS', 'EDQUOT', 'EBADF', 'EIO']);

const prefixed = (label: string, message: string): string => (message.startsWith(label) ? message : `${label}: ${message}`);

/** Runs the CLI; resolves to the exit code. Never throws, never calls process.exit. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = createProgram()
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(visible(s)) });
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (err) {
    return (err as { exitCode?: number }).exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const opts = program.opts<CliOptions>();
  const report = new Reporter(io.stderr, { quiet: Boolean(opts.quiet), tty: Boolean(io.stderr.isTTY), env: io.env ?? {} });
  try {
    return await run(program.args, opts, io, report);
  } catch (err) {
    if (err instanceof UsageError) {
      report.error(err.message);
      return EXIT.usage;
    }
    const trace = opts.debug && err instanceof Error ? `\n${err.stack}` : '';
    report.error(`internal error: ${err instanceof Error ? err.message : String(err)}${trace}`);
    return EXIT.internal;
  }
}

async function run(args: string[], opts: CliOptions, io: Io, report: Reporter): Promise<number> {
  const options = await extractionOptions(opts);
  const property = opts.property === undefined ? undefined : propertyName(opts.property) ?? undefined;
  if (opts.output && opts.outputDir) throw new UsageError('give -o/--output (one input) or -d/--output-dir (many), not both');
  if (opts.manifest !== undefined) args = await manifestArgs(args, opts, io.env ?? {});
  else if (opts.shardIndex !== undefined) throw new UsageError('--shard-index picks a line of --manifest: give the manifest too');
  if (args.length === 0) {
    if (io.stdin.isTTY) {
      report.raw(createProgram().helpInformation());
      throw new UsageError('no input: give a file or URL, or pipe a page into stdin');
    }
    args = ['-'];
  }
  const { inputs, batch } = await expandInputs(args, io.cwd);
  const forced = opts.inputFormat === 'warc' || opts.inputFormat === 'ndjson' ? opts.inputFormat : opts.inputFormat ? 'page' : null;
  const sorted = await sortInputs(inputs, forced, io.stdin);
  if (sorted.containers.length > 0) return recordMode(sorted, options, property, opts, io, report);
  const many = batch || opts.outputDir !== undefined;
  if (many && opts.output) throw new UsageError('-o/--output takes one input; for several, use -d/--output-dir');
  if (many && opts.url) throw new UsageError('--url names one page; it cannot apply to several inputs');
  const stdinBytes = sorted.stdinPage ? await readStream(sorted.stdinPage, opts.maxBytes) : null;
  if (stdinBytes && !stdinBytes.ok) throw new UsageError(stdinBytes.reason);

  // sorted.pages: the inputs, each file with what its first bytes look like (which worker runs it).
  const specs: JobSpec[] = sorted.pages.map((input, index) => ({
    index,
    input,
    bytes: input.kind === 'stdin' && stdinBytes?.ok ? stdinBytes.bytes : undefined,
    options,
    render: { format: opts.format, frontMatter: Boolean(opts.frontMatter), property, ndjson: many && !opts.outputDir && opts.format === 'json' },
    maxBytes: opts.maxBytes,
    timeoutMs: opts.timeout * 1000,
    explain: Boolean(opts.explain),
    debug: Boolean(opts.debug),
  }));
  const protect = await inputIdentities(inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : [])));
  if (!many) return single(specs[0]!, opts, io, report, protect);
  return batchRun(specs, opts, io, report, protect);
}

async function manifestArgs(args: string[], opts: CliOptions, env: Record<string, string | undefined>): Promise<string[]> {
  if (args.length > 0) throw new UsageError('--manifest names the inputs: give no other input');
  let text: string;
  try {
    text = await readFile(opts.manifest!, 'utf8');
  } catch (err) {
    throw new UsageError(`--manifest ${quoteName(opts.manifest!)}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const chosen = chooseShards(manifestShards(text), opts.shardIndex, env);
  if (!chosen.ok) throw new UsageError(`--manifest ${quoteName(opts.manifest!)}: ${chosen.reason}`);
  return chosen.shards;
}

async function recordMode(sorted: Sorted, options: Options, property: Property | undefined, opts: CliOptions, io: Io, report: Reporter): Promise<number> {
  if (sorted.pages.length > 0) throw new UsageError(`${sorted.pages[0]!.label} is a page and ${sorted.containers[0]!.input.label} a record stream (WARC or NDJSON): give them in separate runs`);
  if (opts.url) throw new UsageError('--url names one page; records carry their own URLs');
  if (opts.output && sorted.containers.length > 1) throw new UsageError('-o/--output takes one record stream; for several, use -d/--output-dir');
  const protect = await inputIdentities(sorted.containers.flatMap((c) => (c.input.kind === 'file' ? [c.input.path] : [])));
  return runRecords(sorted.containers, {
    options,
    fields: opts.recordFields ?? DEFAULT_RECORD_FIELDS,
    property,
    maxBytes: opts.maxBytes,
    timeoutMs: opts.timeout * 1000,
    jobs: opts.jobs,
    heapMb: opts.maxMemory,
    explain: Boolean(opts.explain),
    debug: Boolean(opts.debug),
    outputDir: opts.outputDir,
    output: opts.output,
    force: Boolean(opts.force),
    worstExit: Boolean(opts.worstExit),
    protect,
    stdout: io.stdout,
  }, report);
}

function reportJob(result: JobResult, label: string | null, report: Reporter): void {
  const tag = (s: string): string => (label === null ? s : prefixed(label, s));
  for (const line of result.explain) report.line(label === null ? line : `${label}: ${line}`);
  for (const w of result.warnings) report.warning(tag(w));
  if (result.error) report.error(tag(result.error));
}

/** One input: a text dump runs here; HTML in a worker, where --timeout and the memory limit hold. */
async function runSingle(spec: JobSpec, heapMb: number): Promise<JobResult> {
  const pre = await preload(spec);
  if ('result' in pre) return pre.result;
  if (!pre.html) return runJob(pre.spec, true, pre.prepared);
  let out: JobResult | null = null;
  await runPool([pre.spec], 1, async (r) => void (out = r), () => false, heapMb);
  return out!;
}

async function single(spec: JobSpec, opts: CliOptions, io: Io, report: Reporter, protect: ReadonlySet<string>): Promise<number> {
  const result = await runSingle(spec, opts.maxMemory);
  reportJob(result, null, report);
  if (result.output === null) return result.code;
  // -o replaces its file as shell redirection would, but whole or not at all.
  const written = opts.output ? await writeFileAtomic(opts.output, result.output, { force: true, protect }) : await writeAll(io.stdout, result.output);
  if (!written.ok) {
    report.error(written.reason);
    return EXIT.output;
  }
  return result.code;
}

async function batchRun(specs: JobSpec[], opts: CliOptions, io: Io, report: Reporter, protect: ReadonlySet<string>): Promise<number> {
  const tally: Tally = { total: specs.length, articles: 0, noArticle: 0, unreadable: 0, notWritten: 0, internal: 0, skipped: 0 };
  let worst: number = EXIT.ok;
  let done = 0;
  let stdoutClosed = false;
  let fatalWrite = false;
  let firstDocument = true;
  const failures = (): number => tally.noArticle + tally.unreadable + tally.notWritten + tally.internal;
  const count = (code: number): void => {
    worst = moreSevere(worst, code);
    if (code === EXIT.ok) tally.articles++;
    else if (code === EXIT.noArticle || code === EXIT.scripted) tally.noArticle++;
    else if (code === EXIT.usage) tally.unreadable++;
    else if (code === EXIT.output) tally.notWritten++;
    else tally.internal++;
  };

  // --output-dir: where each input goes, decided before any work so clashes and kept outputs cost nothing.
  const targets = new Map<number, string>();
  if (opts.outputDir) {
    const owner = new Map<string, string>();
    for (const spec of specs) {
      const path = outputPath(opts.outputDir, spec.input.rel, opts.format);
      const clash = owner.get(path);
      targets.set(spec.index, path);
      if (clash !== undefined) spec.preset = { code: EXIT.output, error: `${spec.input.label}: output ${quoteName(path)} is already the output of ${clash}` };
      else if (!opts.force && (await exists(path))) spec.preset = { code: SKIPPED, error: null };
      owner.set(path, spec.input.label);
    }
  }

  const writeFailed = (written: { reason: string; code?: string }): void => {
    if (FATAL_WRITE.has(written.code ?? '')) {
      fatalWrite = true;
      report.error(`${written.reason}; stopping: no later output could be written`);
    } else report.error(written.reason);
  };

  const deliver = async (result: JobResult): Promise<void> => {
    if (fatalWrite) {
      count(EXIT.output);
      done++;
      return;
    }
    const input: Input = specs[result.index]!.input;
    reportJob(result, input.label, report);
    let code = result.code;
    if (result.output !== null && opts.outputDir) {
      const written = await writeFileAtomic(targets.get(result.index)!, result.output, { force: Boolean(opts.force), protect, root: opts.outputDir });
      if (!written.ok && written.exists) code = SKIPPED;
      else if (!written.ok) {
        writeFailed(written);
        code = EXIT.output;
      }
    } else if (result.output !== null && !stdoutClosed) {
      const text = opts.format === 'json' ? result.output : `${firstDocument ? '' : '\n'}==> ${input.label} <==\n${result.output}`;
      firstDocument = false;
      const written = await writeAll(io.stdout, text);
      if (!written.ok) {
        writeFailed(written);
        code = EXIT.output;
      } else if (written.closed) stdoutClosed = true;
    }
    if (code === SKIPPED) {
      tally.skipped++;
      report.warning(`${quoteName(targets.get(result.index)!)}: already exists, kept (use --force to replace it)`);
    } else count(code);
    report.progress(++done, specs.length, failures());
  };

  const stop = (): boolean => stdoutClosed || fatalWrite;
  // Always in workers, even --jobs 1: --timeout and the memory limit hold for every input.
  await runPool(specs, opts.jobs, deliver, stop, opts.maxMemory);
  // Inputs never started once the disk was full are outputs not written too.
  if (fatalWrite) tally.notWritten += specs.length - done;
  report.summary(tally);
  return worst;
}
