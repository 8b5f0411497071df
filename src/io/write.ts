import type { Writable } from 'node:stream';

/**
 * The only code that writes output. Waits for the stream to take the data, so the process
 * never ends with a cut pipe, and treats a reader that went away (EPIPE, `| head`) as done.
 */
export function writeAll(stream: Writable, data: string): Promise<{ ok: true; closed?: boolean } | { ok: false; reason: string; code?: string }> {
  return new Promise((resolve) => {
    let settled = false;
    const onError = (err: NodeJS.ErrnoException): void => {
      if (settled) return;
      settled = true;
      resolve(err.code === 'EPIPE' ? { ok: true, closed: true } : { ok: false, reason: `cannot write output: ${err.code ?? err.message}`, code: err.code });
    };
    // Stays attached after a failed write: the stream emits 'error' after the callback, and an
    // unhandled 'error' event would crash the process.
    stream.on('error', onError);
    stream.write(data, (err) => {
      if (err) return onError(err as NodeJS.ErrnoException);
      stream.off('error', onError);
      settled = true;
      resolve({ ok: true });
    });
  });
}
