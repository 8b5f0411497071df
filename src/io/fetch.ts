/**
 * http(s) URL -> bytes, with the limits a batch over unknown sites needs: a timeout for the
 * whole exchange, at most MAX_REDIRECTS hops (each checked for scheme), a size cap enforced
 * while streaming, and the charset and final URL the server gave.
 */

export type Fetched =
  | { ok: true; bytes: Uint8Array; url: string; charset: string | null; contentType: string | null }
  | { ok: false; reason: string };

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent?: string;
}

export const MAX_REDIRECTS = 5;
export const USER_AGENT = 'extract/1.1 (+https://www.npmjs.com/package/extract; article extractor)';
/** Content types that cannot hold a page; anything textual (or unlabelled) is tried. */
const NOT_A_PAGE = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|octet-stream|x-tar|vnd\.)/i;

function charsetOf(contentType: string | null): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await body.cancel().catch(() => {});
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function describe(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

export async function fetchPage(start: string, opts: FetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let url = start;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': opts.userAgent ?? USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel().catch(() => {});
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ok: false, reason: `${start}: redirected to an unsupported scheme (${next.protocol})` };
        url = next.href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, reason: `${start}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
      }
      const contentType = res.headers.get('content-type');
      if (contentType && NOT_A_PAGE.test(contentType)) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, reason: `${start}: not a page (Content-Type ${contentType.split(';')[0]})` };
      }
      const declared = Number(res.headers.get('content-length'));
      if (declared > opts.maxBytes) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, reason: `${start}: input too large (${declared} bytes, limit ${opts.maxBytes}; see --max-bytes)` };
      }
      const bytes = await readCapped(res.body, opts.maxBytes);
      if (!bytes) return { ok: false, reason: `${start}: input too large (over ${opts.maxBytes} bytes; see --max-bytes)` };
      return { ok: true, bytes, url, charset: charsetOf(contentType), contentType };
    }
    return { ok: false, reason: `${start}: more than ${MAX_REDIRECTS} redirects` };
  } catch (err) {
    return { ok: false, reason: `${start}: ${describe(err)}` };
  }
}
