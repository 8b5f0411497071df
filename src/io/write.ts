import type { Writable } from 'node:stream';

/**
 * The only code that writes output. Waits for the stream to take the data, so the process
 * never ends with a cut pipe, and treats a reader that went away (EPIPE, `| head`) as done.
 */
export function writeAll(stream: Writable, data: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      resolve(err.code === 'EPIPE' ? { ok: true } : { ok: false, reason: `cannot write output: ${err.code ?? err.message}` });
    };
    stream.once('error', onError);
    stream.write(data, (err) => {
      stream.off('error', onError);
      if (err) onError(err as NodeJS.ErrnoException);
      else resolve({ ok: true });
    });
  });
}
