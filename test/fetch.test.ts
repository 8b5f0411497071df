import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fetchPage, MAX_REDIRECTS } from '../src/io/fetch.js';

/** A local server on 127.0.0.1 only: no test reaches the network. */
let server: Server;
let base = '';
const seen: Array<{ url: string; ua: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', ua: req.headers['user-agent'] ?? '' });
    const url = req.url ?? '';
    if (url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from('<p>Grüße</p>', 'latin1'));
    else if (url === '/moved') res.writeHead(301, { location: '/page' }).end();
    else if (url.startsWith('/loop')) res.writeHead(302, { location: `/loop${seen.length}` }).end();
    else if (url === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    else if (url === '/big') res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(5000));
    else if (url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end('png');
    else if (url === '/slow') return; // never answers; afterAll closes the connection
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

const opts = { timeoutMs: 120_000, maxBytes: 1000 };

test('follows a redirect, reports the final URL and the charset, and says who it is', async () => {
  const r = await fetchPage(`${base}/moved`, opts);
  expect(r).toMatchObject({ ok: true, url: `${base}/page`, charset: 'ISO-8859-1' });
  expect(Buffer.from((r as { bytes: Uint8Array }).bytes).toString('latin1')).toBe('<p>Grüße</p>');
  expect(seen.at(-1)!.ua).toMatch(/^extract\//);
});

test.each([
  ['/loop0', new RegExp(`more than ${MAX_REDIRECTS} redirects`)],
  ['/to-file', /redirected to an unsupported scheme \(file:\)/],
  ['/big', /input too large/],
  ['/image', /not a page \(Content-Type image\/png\)/],
  ['/missing', /HTTP 404 Not Found/],
])('%s fails with a reason', async (path, reason) => {
  const r = await fetchPage(`${base}${path}`, opts);
  expect(r.ok).toBe(false);
  expect((r as { reason: string }).reason).toMatch(reason);
});

test('a server that does not answer in time is a timeout, not a hang', async () => {
  const r = await fetchPage(`${base}/slow`, { ...opts, timeoutMs: 300 });
  expect(r).toEqual({ ok: false, reason: `${base}/slow: timed out` });
});
