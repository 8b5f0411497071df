import { describe, expect, test } from 'vitest';
import { feeder } from '../src/cli/pool.js';
import type { JobSpec } from '../src/cli/job.js';

/** The pool's feeder: how many records a stream may have between reading and writing. */

const spec = (index: number): JobSpec => ({ index } as JobSpec);

describe('feeder', () => {
  test('hands out no more than maxInFlight undelivered jobs; a delivery lets the next one through', async () => {
    let read = 0;
    async function* stream(): AsyncGenerator<JobSpec> {
      for (let i = 0; i < 5; i++) {
        read++;
        yield spec(i);
      }
    }
    const feed = feeder(stream(), 2);
    expect((await feed.next())?.index).toBe(0);
    expect((await feed.next())?.index).toBe(1);
    let third: JobSpec | undefined | 'pending' = 'pending';
    const waiting = feed.next().then((s) => (third = s));
    await new Promise((r) => setTimeout(r, 20));
    expect(third).toBe('pending');
    expect(read).toBe(2); // the stream itself is not read ahead either
    feed.delivered();
    await waiting;
    expect((third as JobSpec | undefined)?.index).toBe(2);
  });

  test('an array feeds the same way and ends with undefined', async () => {
    const feed = feeder([spec(0), spec(1)], Infinity);
    expect([(await feed.next())?.index, (await feed.next())?.index, await feed.next()]).toEqual([0, 1, undefined]);
  });
});
