/**
 * Array schedulers (Kubernetes indexed jobs, AWS Batch array jobs, Slurm job arrays) start the
 * same command N times and tell each copy its number in an environment variable. With a manifest
 * of shards (one path per line), that number picks the copy's shard: no glue script needed.
 */

/** Where each scheduler puts the task's index, in the order they are looked at. */
export const INDEX_VARIABLES = ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX', 'SLURM_ARRAY_TASK_ID'] as const;

/** The manifest's shards: one path per line; blank lines and lines starting with # are not shards. */
export function manifestShards(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export type ShardChoice = { ok: true; shards: string[]; index: number | null } | { ok: false; reason: string };

/**
 * --shard-index wins over the environment; with neither, every shard of the manifest runs. An
 * index is 0-based (what Kubernetes and AWS Batch count from; a Slurm array is given --array=0-N).
 */
export function chooseShards(shards: readonly string[], flag: number | undefined, env: Record<string, string | undefined>): ShardChoice {
  let index: number | undefined = flag;
  let from = '--shard-index';
  if (index === undefined) {
    for (const name of INDEX_VARIABLES) {
      const value = env[name];
      if (value === undefined || value === '') continue;
      if (!/^\d+$/.test(value.trim())) return { ok: false, reason: `${name}=${JSON.stringify(value)} is not a shard index (a whole number from 0)` };
      index = Number(value.trim());
      from = name;
      break;
    }
  }
  if (shards.length === 0) return { ok: false, reason: 'the manifest lists no shard' };
  if (index === undefined) return { ok: true, shards: [...shards], index: null };
  if (index >= shards.length) return { ok: false, reason: `${from} ${index} is past the manifest's last shard (${shards.length} shards, indexes 0-${shards.length - 1})` };
  return { ok: true, shards: [shards[index]!], index };
}
