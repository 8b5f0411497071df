import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

/**
 * The GNU parallel recipe of docs/crawl.md across two ssh logins, killed and resumed
 * (test/crawl/parallel-hosts.sh). The script installs what it needs from Debian; where it cannot
 * (no root, no apt, no sshd), it exits 77 and this test is skipped with its reason.
 */

const SKIP = 77;

test('GNU parallel over two ssh hosts: killed half-way, resumed, every record of every shard once', (ctx) => {
  const r = spawnSync('bash', [resolve('test/crawl/parallel-hosts.sh')], { encoding: 'utf8', timeout: 900_000 });
  if (r.status === SKIP) {
    console.warn(r.stderr.trim());
    ctx.skip();
  }
  expect(r.stderr + r.stdout).toMatch(/^ok: 24 shards, 120 records once each/m);
  expect(r.status).toBe(0);
}, 900_000);
