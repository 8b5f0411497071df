import { readFileSync, readlinkSync } from 'node:fs';
import { Writable } from 'node:stream';
import { main } from './main.js';
import { removeTempFiles } from '../io/output.js';

/**
 * The process around main(): stdout, signals, the exit code. bin/extract.js loads this module
 * from the bundle (npm run build: dist/bundle/), so a run reads a few files, not a hundred modules.
 * exitCode, not exit(), so piped output is never cut short.
 */

/**
 * A closed stdout (`extract page.html >&-`): Node opens /dev/null read-write in its place before
 * any of our code runs, so the output would be lost with exit 0. A shell's `> /dev/null` opens it
 * write-only, which tells the two apart (Linux's /proc; elsewhere nothing changes). A stream that
 * fails each write as the kernel would (EBADF) makes it the "cannot write output" error it is.
 */
function stdoutWasClosed(): boolean {
  try {
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return readlinkSync('/proc/self/fd/1') === '/dev/null' && flags !== null && (Number.parseInt(flags[1]!, 8) & 3) === 2;
  } catch {
    return false;
  }
}

function stdoutOrClosed(): Writable {
  if (!stdoutWasClosed()) return process.stdout;
  return new Writable({ write: (_chunk, _enc, done) => done(Object.assign(new Error('stdout is closed'), { code: 'EBADF' })) });
}

// Killed by a scheduler or ^C: no temporary output file stays behind; then die of the signal, as
// a shell expects (exit status 128 + its number).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeTempFiles();
    process.kill(process.pid, signal);
  });
}

const stdout = stdoutOrClosed();
stdout.on('error', () => {}); // a reader that went away (| head) is not an error worth a trace
main(process.argv.slice(2), { stdin: process.stdin, stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => {
  process.exitCode = code;
});
