import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for the CLI process (never for a library caller's: those are process-wide). The
 * shim imports this module first, before any regex has run.
 *
 * --no-regexp-tier-up: V8 first runs a regex in its bytecode interpreter and compiles it to
 * machine code only when it runs again. The rule table's regexes are large (alternations of
 * hundreds of phrases, Unicode classes), and building their bytecode cost more than building the
 * machine code does: a single page paid ~75 ms for it, and a batch of dumps ran 10-15% slower,
 * as V8 drops unused regex code in GCs and went through the interpreter again each time. Measured
 * on the dev dumps through the CLI and in one process, same runs (numbers in the commit).
 */
setFlagsFromString('--no-regexp-tier-up');
