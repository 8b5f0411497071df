import { Command, InvalidArgumentError, Option } from 'commander';
import type { Readable, Writable } from 'node:stream';
import { DEFAULT_MAX_BYTES, readFileInput, readStream } from './io/read.js';
import { writeAll } from './io/write.js';
import { extract } from './pipeline.js';
import { render } from './render/index.js';
import type { InputFormat, OutputFormat, Removal, Result } from './types.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, noArticle: 1, usage: 2, output: 3, internal: 70 } as const;

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

interface CliOptions {
  format: OutputFormat;
  inputFormat?: InputFormat;
  encoding?: string;
  url?: string;
  maxBytes: number;
  precision?: boolean;
  recall?: boolean;
  explain?: boolean;
  debug?: boolean;
}

const VERSION = '1.0.0';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

export function createProgram(): Command {
  return new Command('extract')
    .description('Find the article in a web page (HTML or a plain-text dump) and write it as clean markdown.')
    .argument('[file]', "page to read: a path, or '-' for stdin (default: stdin when piped)")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['markdown', 'text', 'json']).default('markdown'))
    .addOption(new Option('--input-format <format>', 'treat the input as html or text instead of detecting it').choices(['html', 'text']))
    .option('--encoding <name>', 'decode the input with this charset (e.g. windows-1252) instead of sniffing it')
    .option('--url <url>', 'base URL of the page, for relative links and metadata')
    .option('--max-bytes <n>', 'refuse inputs larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .option('--precision', 'favour precision: drop doubtful blocks (less boilerplate, may lose some article text)')
    .option('--recall', 'favour recall: keep doubtful blocks (all the article, maybe some boilerplate)')
    .option('--explain', 'list on stderr every block that was removed and the rule or feature that removed it')
    .option('--debug', 'show stack traces for internal errors')
    .version(VERSION, '-V, --version')
    .addHelpText('after', `
Examples:
  extract page.html > article.md
  extract --format text page.txt | wc -w
  curl -s https://example.org/post | extract --url https://example.org/post
  extract --explain page.html > /dev/null

Exit codes:
  0  an article was written
  1  no article found (empty page, or nothing reads as an article)
  2  bad usage or unreadable input (missing file, directory, binary data, unknown encoding)
  3  the output could not be written
  70 internal error (please report it; --debug shows the stack trace)`);
}

function explainLines(removed: readonly Removal[]): string {
  return removed.map((r) => `removed  ${r.rule.padEnd(34)} ${r.preview}\n`).join('');
}

async function readInput(file: string | undefined, io: Io, maxBytes: number) {
  if (file === undefined || file === '-') return readStream(io.stdin, maxBytes);
  return readFileInput(file, maxBytes);
}

/** Runs the CLI; resolves to the exit code. Never throws, never calls process.exit. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = createProgram()
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode ?? EXIT.usage;
    return code === 0 ? EXIT.ok : EXIT.usage;
  }
  const opts = program.opts<CliOptions>();
  const file = program.args[0];
  const fail = (code: number, message: string): number => {
    io.stderr.write(`extract: ${message}\n`);
    return code;
  };
  if (opts.precision && opts.recall) return fail(EXIT.usage, '--precision and --recall are two ends of one knob: give one of them');
  const favor = opts.precision ? 'precision' : opts.recall ? 'recall' : 'balanced';
  if (file === undefined && io.stdin.isTTY) {
    io.stderr.write(program.helpInformation());
    return fail(EXIT.usage, 'no input: give a file, or pipe a page into stdin');
  }
  try {
    const input = await readInput(file, io, opts.maxBytes);
    if (!input.ok) return fail(EXIT.usage, input.reason);
    const result: Result = extract(input.bytes, { inputFormat: opts.inputFormat, encoding: opts.encoding, url: opts.url, favor });
    const removed = result.ok ? result.article.removed : result.removed;
    if (opts.explain) io.stderr.write(explainLines(removed));
    if (!result.ok) {
      const detail = opts.debug && result.cause instanceof Error ? `\n${result.cause.stack}` : '';
      const code = result.code === 'bad-input' ? EXIT.usage : result.code === 'internal' ? EXIT.internal : EXIT.noArticle;
      return fail(code, result.reason + detail);
    }
    for (const w of result.article.warnings) io.stderr.write(`extract: warning: ${w}\n`);
    const written = await writeAll(io.stdout, render(result.article, opts.format));
    return written.ok ? EXIT.ok : fail(EXIT.output, written.reason);
  } catch (err) {
    const detail = opts.debug && err instanceof Error ? `\n${err.stack}` : '';
    return fail(EXIT.internal, `internal error: ${err instanceof Error ? err.message : String(err)}${detail}`);
  }
}
