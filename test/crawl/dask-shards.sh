#!/usr/bin/env bash
# The Dask recipe of docs/crawl.md: a LocalCluster calls the CLI once per shard, with retries.
# One shard is made to fail its first try (as a lost worker would), and the retry must bring it
# in; every record of every shard must then be in the output exactly once. Installs Debian's
# python3-distributed when it can; exits 77 (skip) with the reason when it cannot.
set -euo pipefail
SKIP=77
skip() { echo "skip: $*" >&2; exit "$SKIP"; }
PY=/usr/bin/python3
has_dask() { [ -x "$PY" ] && "$PY" -c 'import distributed' >/dev/null 2>&1; }

if ! has_dask; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q python3-distributed >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q python3-distributed >/dev/null 2>&1; } ||
      skip "could not install python3-distributed from Debian"
  else
    skip "needs Debian's python3-distributed (apt-get install python3-distributed)"
  fi
  has_dask || skip "python3-distributed installed but does not import"
fi

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/extract-dask-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
mkdir shards
for s in 1 2 3 4 5 6; do
  for r in 1 2 3; do
    printf '{"id":"s%s-r%s","text":"Shard %s, record %s\\n\\nThe council met on Tuesday and agreed that the old bridge over the river will be repaired before the winter. Engineers found cracks in two of its supports last month."}\n' "$s" "$r" "$s" "$r"
  done > "shards/s$s.jsonl"
done

# A file, not stdin: Dask's worker processes import the main module again.
cat > run_shards.py <<'PY'
import glob, json, os, subprocess, gzip
from dask.distributed import Client, LocalCluster

node, bin_ = os.environ["NODE"], os.environ["BIN"]

def run(shard):
    # The first try of shard 3 fails, as a worker lost mid-task would.
    marker = shard + ".tried"
    if shard.endswith("s3.jsonl") and not os.path.exists(marker):
        open(marker, "w").close()
        raise RuntimeError("simulated lost worker")
    subprocess.run([node, bin_, "-q", "-j", "1", "-d", "out", shard], check=True)
    return shard

if __name__ == "__main__":
    shards = sorted(glob.glob("shards/*.jsonl"))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, Client(cluster) as client:
        done = client.gather(client.map(run, shards, retries=2))
    assert sorted(done) == shards, done
    ids = []
    for shard in shards:
        with gzip.open(f"out/{shard}.jsonl.gz", "rt") as f:
            ids += [json.loads(line)["id"] for line in f]
    expected = [json.loads(line)["id"] for shard in shards for line in open(shard)]
    assert ids == expected, (len(ids), len(expected))
    print(f"ok: {len(shards)} shards, {len(ids)} records once each, in order; one shard retried")
PY
NODE=$(command -v node) BIN="$ROOT/bin/extract.js" timeout 300 "$PY" run_shards.py
