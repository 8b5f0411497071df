import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

/**
 * The Dask recipe of docs/crawl.md (test/crawl/dask-shards.sh): a LocalCluster calls the CLI
 * per shard with retries; one shard fails its first try. The script installs Debian's
 * python3-distributed where it can, else exits 77 and this test is skipped with its reason.
 */

const SKIP = 77;

test('Dask LocalCluster, one CLI call per shard with retries: every record of every shard once, in order', (ctx) => {
  const r = spawnSync('bash', [resolve('test/crawl/dask-shards.sh')], { encoding: 'utf8', timeout: 900_000 });
  if (r.status === SKIP) {
    console.warn(r.stderr.trim());
    ctx.skip();
  }
  expect(r.stdout).toMatch(/^ok: 6 shards, 18 records once each, in order; one shard retried/m);
  expect(r.status).toBe(0);
}, 900_000);
