import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../io/read.js';
import { PROPERTY_NAMES } from '../render/fields.js';
import { PAGE_TYPES, type InputFormat, type OutputFormat, type PageType } from '../types.js';
import { parseRecordFields, type RecordFields } from '../io/ndjson-records.js';
import type { ContainerFormat } from '../io/records.js';

/**
 * The one definition of the command line: commander parses it, --help prints it, and
 * `npm run man` turns it into man/extract.1 (src/cli/man.ts), so the three never disagree.
 */

export const VERSION = '1.1.0';

/** Exit codes, documented in --help, the README and the man page. A batch exits with the highest. */
export const EXIT = { ok: 0, noArticle: 1, usage: 2, output: 3, scripted: 4, stream: 5, internal: 70 } as const;
/** A batch exits with the most severe code it met, in this order (4 came after the others were documented). */
export const EXIT_SEVERITY: readonly number[] = [EXIT.ok, EXIT.noArticle, EXIT.scripted, EXIT.usage, EXIT.stream, EXIT.output, EXIT.internal];
export const moreSevere = (a: number, b: number): number => (EXIT_SEVERITY.indexOf(b) > EXIT_SEVERITY.indexOf(a) ? b : a);

export const EXIT_HELP: ReadonlyArray<[number, string]> = [
  [EXIT.ok, 'every input gave an article'],
  [EXIT.noArticle, 'some input had no article (empty page, or nothing reads as an article)'],
  [EXIT.scripted, "some HTML input had no text of its own: scripts load it (save the page after it renders)"],
  [EXIT.usage, 'bad usage, or some input could not be read (missing, binary, too large, unknown encoding, HTTP error, timed out)'],
  [EXIT.output, 'some output could not be written'],
  [EXIT.stream, 'a WARC or NDJSON input could not be read to its end (cut short, corrupt, unreadable): retrying may help'],
  [EXIT.internal, 'internal error (please report it; --debug shows the stack trace)'],
];

export const EXAMPLES: ReadonlyArray<[string, string]> = [
  ['extract page.html > article.md', 'one page to markdown'],
  ['extract --format text page.txt | wc -w', 'words in the article of a text dump'],
  ['extract https://example.org/post', 'fetch a page and extract it'],
  ["extract -d out/ 'pages/**/*.html'", 'a whole tree, one .md per page under out/'],
  ['extract -f json pages/ | jq -r .title', 'NDJSON, one object per page'],
  ['extract -p title page.html', 'just the title'],
  ['extract --front-matter --drop-selector .promo page.html', 'YAML metadata above the markdown'],
  ['extract --explain page.html > /dev/null', 'which rule removed what'],
  ['extract -d out/ crawl.warc.gz', 'a web archive: out/crawl.warc.gz.jsonl.gz, a line per page'],
];

export interface CliOptions {
  format: OutputFormat;
  output?: string;
  outputDir?: string;
  force?: boolean;
  jobs: number;
  quiet?: boolean;
  frontMatter?: boolean;
  property?: string;
  inputFormat?: InputFormat | ContainerFormat;
  recordFields?: RecordFields;
  manifest?: string;
  shardIndex?: number;
  worstExit?: boolean;
  type?: PageType;
  encoding?: string;
  url?: string;
  maxBytes: number;
  timeout: number;
  maxMemory: number;
  keepSelector?: string;
  dropSelector?: string;
  rules?: string;
  links: boolean;
  images: boolean;
  tables: boolean;
  minWords: number;
  precision?: boolean;
  recall?: boolean;
  explain?: boolean;
  debug?: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function index(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number from 0');
  return Number(value);
}

function recordFields(value: string): RecordFields {
  const fields = parseRecordFields(value);
  if (!fields) throw new InvalidArgumentError('must be NAME=FIELD pairs separated by commas, NAME one of id, url, html, text (e.g. id=doc_id,html=body)');
  return fields;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number of seconds');
  return n;
}

function property(value: string): string {
  if (!PROPERTY_NAMES.includes(value) && !PROPERTY_NAMES.includes(value.toLowerCase())) throw new InvalidArgumentError(`must be one of ${PROPERTY_NAMES.join(', ')}`);
  return value;
}

export function createProgram(): Command {
  const examples = EXAMPLES.map(([cmd, what]) => `  ${cmd.padEnd(58)} ${what}`).join('\n');
  return new Command('extract')
    .usage('[options] [input...]')
    .description('Find the article in web pages (HTML or plain-text dumps, files or URLs) and write it as clean markdown.')
    .argument('[input...]', "files, directories, quoted globs ('pages/**/*.html'), http(s) URLs, or '-' for stdin (default when piped)")
    .addOption(new Option('-f, --format <format>', 'output format; text is the article text alone (no title, no markup)').choices(['markdown', 'text', 'json']).default('markdown'))
    .option('-o, --output <file>', 'write to this file (whole or not at all) instead of stdout; one input only')
    .option('-d, --output-dir <dir>', 'write one file per input under this directory (same relative path, extension from --format)')
    .option('--force', 'with --output-dir: replace existing outputs (they are kept otherwise)')
    .addOption(new Option('-j, --jobs <n>', 'inputs processed in parallel, in worker threads').argParser(positiveInt).default(availableParallelism(), 'the number of cores'))
    .option('-q, --quiet', 'no progress bar, summary line or warnings on stderr (errors still)')
    .option('--front-matter', 'YAML front matter with the metadata above markdown or text output')
    .option('-p, --property <name>', `print one field: ${PROPERTY_NAMES.slice(0, 13).join(', ')} (aliases: author, date, site)`, property)
    .addOption(new Option('--input-format <format>', 'treat inputs as html or text pages, or as warc or ndjson record streams, instead of detecting it').choices(['html', 'text', 'warc', 'ndjson']))
    .option('--record-fields <map>', 'NDJSON records: the field names, as id=F,url=F,html=F,text=F (default: id, url, html, text)', recordFields)
    .option('--manifest <file>', 'a list of record-stream shards, one path per line: run the one --shard-index (or the array job index) picks, or all')
    .option('--shard-index <n>', 'with --manifest: the 0-based line to run (default: $JOB_COMPLETION_INDEX, $AWS_BATCH_JOB_ARRAY_INDEX or $SLURM_ARRAY_TASK_ID)', index)
    .option('--worst-exit', 'record streams: exit with the most severe code of any record (as a batch does), not 0 once every record has its line')
    .addOption(new Option('--type <type>', 'extract the page as this kind of page instead of detecting it').choices([...PAGE_TYPES]))
    .option('--encoding <name>', 'decode inputs with this charset (e.g. windows-1252) instead of sniffing it')
    .option('--url <url>', 'base URL of the page, for relative links and metadata; one input only')
    .option('--max-bytes <n>', 'refuse inputs larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .option('--timeout <seconds>', 'give up on an input after this long (fetching and processing, which is then stopped)', seconds, 30)
    .option('--max-memory <MB>', 'heap limit for the work on one HTML input; a page needing more is an error for that input', positiveInt, 2048)
    .option('--keep-selector <css>', 'HTML: the article is exactly what matches (Readability and rules skipped)')
    .option('--drop-selector <css>', 'HTML: remove what matches before extraction')
    .option('--rules <file>', 'extra rule rows (JSON or YAML, same shape as the built-in table)')
    .option('--no-links', 'render links as their text')
    .option('--no-images', 'leave images out')
    .option('--no-tables', 'leave tables out')
    .option('--min-words <n>', 'fewer words than this is "no article"', positiveInt, 5)
    .option('--precision', 'favour precision: drop doubtful blocks (less boilerplate, may lose some article text)')
    .option('--recall', 'favour recall: keep doubtful blocks (all the article, maybe some boilerplate)')
    .option('--explain', 'list on stderr every block that was removed and the rule or feature that removed it')
    .option('--debug', 'show stack traces for internal errors')
    .version(VERSION, '-V, --version')
    .addHelpText('beforeAll', `Examples:\n${examples}\n`)
    .addHelpText('after', `
With several inputs (or a directory or glob) and no --output-dir, documents go to stdout one
after another, each under a line "==> INPUT <==" (as head(1) does); with --format json, as
NDJSON: one object per line, with "source" and "ok" (and "error" when ok is false).

WARC, WARC.gz and NDJSON inputs are record streams: one NDJSON line per page record, in input
order, with the record's id, url and date, then "ok" and the fields (or "code" and "reason").
With -d DIR each stream becomes DIR/<its path>.jsonl.gz (whole or not at all) and a .stats.json.
A record stream exits 0 once every record has its line; 5, 3 and 2 say a retry may help, may
help, and will not.

Exit codes (a batch exits with the most severe that happened: 70, 3, 5, 2, 4, 1, 0):
${EXIT_HELP.map(([code, what]) => `  ${String(code).padEnd(3)}${what}`).join('\n')}`);
}
