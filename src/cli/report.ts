import type { Writable } from 'node:stream';
import { visible } from '../display.js';

/**
 * Everything the CLI says on stderr: errors, warnings, --explain lines, the batch progress bar
 * (only on a terminal) and the summary. Colour only on a terminal, and never with NO_COLOR set.
 */

export interface ReportOptions {
  quiet: boolean;
  /** stderr is a terminal. */
  tty: boolean;
  env: Record<string, string | undefined>;
}

export interface Tally {
  total: number;
  articles: number;
  noArticle: number;
  unreadable: number;
  notWritten: number;
  internal: number;
  skipped: number;
}

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const RESET = '\u001b[0m';
const CLEAR_LINE = '\r\u001b[K';

export class Reporter {
  private progressShown = false;
  private readonly color: boolean;
  private readonly started = Date.now();

  constructor(private readonly stderr: Writable, private readonly opts: ReportOptions) {
    this.color = opts.tty && !('NO_COLOR' in opts.env && opts.env.NO_COLOR !== '') && opts.env.TERM !== 'dumb';
  }

  private write(text: string): void {
    if (this.progressShown) {
      this.stderr.write(CLEAR_LINE);
      this.progressShown = false;
    }
    this.stderr.write(text);
  }

  error(message: string): void {
    this.write(`${this.color ? `${RED}extract:${RESET}` : 'extract:'} ${visible(message)}\n`);
  }

  warning(message: string): void {
    if (!this.opts.quiet) this.write(`extract: ${this.color ? `${YELLOW}warning:${RESET}` : 'warning:'} ${visible(message)}\n`);
  }

  /** A line of information (a shard's counts): hidden by --quiet. */
  note(message: string): void {
    if (!this.opts.quiet) this.write(`extract: ${visible(message)}\n`);
  }

  /** --explain output: asked for explicitly, so --quiet does not hide it. */
  line(text: string): void {
    this.write(`${visible(text)}\n`);
  }

  raw(text: string): void {
    this.write(visible(text));
  }

  progress(done: number, total: number, failures: number): void {
    if (this.opts.quiet || !this.opts.tty) return;
    const rate = done / Math.max(0.001, (Date.now() - this.started) / 1000);
    const width = 24;
    const filled = Math.round((done / Math.max(1, total)) * width);
    this.stderr.write(`${CLEAR_LINE}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)}/s  ${failures} failed`);
    this.progressShown = true;
  }

  summary(t: Tally): void {
    if (this.opts.quiet) return;
    const secs = (Date.now() - this.started) / 1000;
    const parts = [`${t.articles} written`];
    if (t.noArticle) parts.push(`${t.noArticle} without article`);
    if (t.unreadable) parts.push(`${t.unreadable} unreadable`);
    if (t.notWritten) parts.push(`${t.notWritten} not written`);
    if (t.internal) parts.push(`${t.internal} internal errors`);
    if (t.skipped) parts.push(`${t.skipped} skipped (output exists; --force replaces)`);
    this.write(`extract: ${t.total} inputs: ${parts.join(', ')} in ${secs.toFixed(1)} s (${(t.total / Math.max(secs, 0.001)).toFixed(1)}/s)\n`);
  }
}
