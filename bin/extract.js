#!/usr/bin/env node
// Shebang shim: the CLI lives in dist/cli/main.js. exitCode, not exit(), so piped output is never cut short.
import { main } from '../dist/cli/main.js';

process.stdout.on('error', () => {}); // a reader that went away (| head) is not an error worth a trace
main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => {
  process.exitCode = code;
});
