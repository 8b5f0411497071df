import type { Command } from 'commander';
import { createProgram, EXAMPLES, EXIT_HELP, VERSION } from './program.js';

/**
 * man/extract.1, generated from the same commander definition that parses the command line
 * (`npm run man`; a test fails when the committed page is stale).
 */

function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

function options(program: Command): string {
  return program.options
    .map((o) => {
      const def = o.defaultValue !== undefined && typeof o.defaultValue !== 'boolean' ? ` (default: ${o.defaultValueDescription ?? String(o.defaultValue)})` : '';
      const choices = o.argChoices ? ` One of: ${o.argChoices.join(', ')}.` : '';
      return `.TP\n.B ${roff(o.flags)}\n${roff(o.description + def)}.${roff(choices)}`;
    })
    .join('\n');
}

export function manPage(program: Command = createProgram()): string {
  return `.TH EXTRACT 1 "" "extract ${VERSION}" "User Commands"
.SH NAME
extract \\- find the article in web pages and write it as clean markdown
.SH SYNOPSIS
.B extract
[\\fIoptions\\fR] [\\fIinput\\fR...]
.SH DESCRIPTION
${roff(program.description())}
Inputs are files, directories (walked recursively), quoted globs, http(s) URLs, or
.B \\-
for stdin, which is also the default when a page is piped in.
HTML is parsed, cleaned by the rule table, extracted with Readability and rendered as markdown;
a plain\\-text dump (one block per line, or hard\\-wrapped) is classified block by block.
.PP
With several inputs (or a directory or glob) and no
.BR \\-\\-output\\-dir ,
documents go to stdout one after another, each under a line
.RB \\(dq "==> INPUT <==" \\(dq;
with
.BR "\\-\\-format json" ,
as NDJSON: one object per line with \\(dqsource\\(dq and \\(dqok\\(dq (and \\(dqerror\\(dq when ok is false).
A bad input never stops a batch: it is reported on stderr and counted in the summary line.
.SH OPTIONS
${options(program)}
.SH EXAMPLES
${EXAMPLES.map(([cmd, what]) => `.TP\n.B ${roff(cmd)}\n${roff(what)}.`).join('\n')}
.SH EXIT STATUS
A batch exits with the highest status that happened.
${EXIT_HELP.map(([code, what]) => `.TP\n.B ${code}\n${roff(what)}.`).join('\n')}
.SH ENVIRONMENT
.TP
.B NO_COLOR
when set (and not empty), error and warning labels on a terminal are not coloured.
.SH SEE ALSO
The README and ARCHITECTURE.md of the package.
`;
}
