import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

/**
 * The recipes of docs/crawl.md on the engines people run, for real (test/crawl/*.sh). Each script
 * installs what it needs from Debian where it can; where it cannot (no root, no apt, no sshd), it
 * exits 77 and its test is skipped with the reason.
 */

const SKIP = 77;

test.for([
  ['GNU parallel over two ssh hosts: killed half-way, resumed, every record of every shard once', 'parallel-hosts.sh', /^ok: 24 shards, 120 records once each/m],
  ['Dask LocalCluster, one CLI call per shard with retries: every record of every shard once, in order', 'dask-shards.sh', /^ok: 6 shards, 18 records once each, in order; one shard retried/m],
] as const)('%s', ([, script, done], ctx) => {
  const r = spawnSync('bash', [resolve('test/crawl', script)], { encoding: 'utf8', timeout: 900_000 });
  if (r.status === SKIP) {
    console.warn(r.stderr.trim());
    ctx.skip();
  }
  expect(r.stderr + r.stdout).toMatch(done);
  expect(r.status).toBe(0);
}, 900_000);
