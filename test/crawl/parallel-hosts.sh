#!/usr/bin/env bash
# GNU parallel across two hosts, for real: sshd on loopback with a throwaway key, two login
# entries, 24 shards. The run is killed half-way, then resumed with --resume-failed; every record
# of every shard must then be in the output exactly once. Installs parallel and openssh-server
# from Debian when it can; exits 77 (skip) with the reason when it cannot.
set -euo pipefail
SKIP=77
skip() { echo "skip: $*" >&2; exit "$SKIP"; }
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }

gnu_parallel() { parallel --version 2>/dev/null | grep -q 'GNU parallel'; }

if ! gnu_parallel || ! have sshd || ! have ssh-keygen; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q parallel openssh-server >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q parallel openssh-server >/dev/null 2>&1; } ||
      skip "could not install parallel and openssh-server from Debian"
  else
    skip "needs GNU parallel and sshd (apt-get install parallel openssh-server)"
  fi
  # moreutils has a parallel of its own, with another syntax.
  gnu_parallel || skip "the parallel on PATH is not GNU parallel"
fi

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN="$ROOT/bin/extract.js"
NODE=$(command -v node)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/extract-parallel-XXXXXX")
SSHD_PID=
cleanup() {
  [ -n "$SSHD_PID" ] && kill "$SSHD_PID" 2>/dev/null || true
  pkill -KILL -f "$WORK/" 2>/dev/null || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK"

# A throwaway user key and host key; sshd reads only this directory's authorized_keys.
ssh-keygen -q -t ed25519 -N '' -f key
ssh-keygen -q -t ed25519 -N '' -f hostkey
cp key.pub authorized_keys
chmod 600 authorized_keys
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
/usr/sbin/sshd -f /dev/null -D -e -o Port="$PORT" -o ListenAddress=127.0.0.1 -o HostKey="$WORK/hostkey" \
  -o AuthorizedKeysFile="$WORK/authorized_keys" -o StrictModes=no -o PasswordAuthentication=no \
  -o KbdInteractiveAuthentication=no -o UsePAM=no -o PermitRootLogin=prohibit-password \
  -o PidFile="$WORK/sshd.pid" 2>sshd.log &
SSHD_PID=$!
SSH="ssh -p $PORT -i $WORK/key -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
for _ in $(seq 50); do $SSH "$(id -un)@127.0.0.1" true 2>/dev/null && break; sleep 0.2; done
$SSH "$(id -un)@127.0.0.1" true || skip "sshd on loopback did not accept the throwaway key ($(tail -1 sshd.log))"

# Two login entries (two names of this machine), one job each.
printf '1/%s %s@127.0.0.1\n1/%s %s@localhost\n' "$SSH" "$(id -un)" "$SSH" "$(id -un)" > logins

# 24 NDJSON shards of 5 text records each; ids say shard and record.
mkdir shards
for s in $(seq -w 1 24); do
  for r in 1 2 3 4 5; do
    printf '{"id":"s%s-r%s","text":"Shard %s, record %s\\n\\nThe council met on Tuesday and agreed that the old bridge over the river will be repaired before the winter. Engineers found cracks in two of its supports last month."}\n' "$s" "$r" "$s" "$r"
  done > "shards/s$s.jsonl"
  echo "shards/s$s.jsonl"
done > manifest

count_shards() { if [ -d out ]; then find out -name '*.jsonl.gz' | wc -l; else echo 0; fi; }

JOB="cd $WORK && $NODE $BIN -q -j 1 -d out {}"
# The first run is killed (parallel, its ssh clients and the extract processes) once some shards are done.
setsid parallel --will-cite --sshloginfile logins --joblog jobs.log --retries 2 "$JOB" :::: manifest >first.log 2>&1 &
FIRST=$!
for _ in $(seq 600); do
  done_now=$(count_shards)
  [ "$done_now" -ge 6 ] && break
  kill -0 "$FIRST" 2>/dev/null || break
  sleep 0.1
done
kill -KILL -- "-$FIRST" 2>/dev/null || true
pkill -KILL -f "$BIN -q -j 1 -d out" 2>/dev/null || true
wait "$FIRST" 2>/dev/null || true
killed_at=$(count_shards)
[ "$killed_at" -lt 24 ] || skip "the first run finished before it could be killed (machine too fast to test the resume)"

parallel --will-cite --sshloginfile logins --joblog jobs.log --resume-failed --retries 2 "$JOB" :::: manifest >second.log 2>&1 ||
  { echo "the resumed run failed:" >&2; cat second.log >&2; exit 1; }

# Every shard written, whole; every record exactly once.
shards=$(count_shards)
[ "$shards" -eq 24 ] || { echo "expected 24 shards, found $shards" >&2; exit 1; }
find out -name '*.jsonl.gz' | sort | xargs zcat > all.jsonl
records=$(wc -l < all.jsonl)
unique=$("$NODE" -e 'const ids = require("fs").readFileSync("all.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).id); console.log(new Set(ids).size)')
expected=$(cat shards/*.jsonl | wc -l)
[ "$records" -eq "$expected" ] && [ "$unique" -eq "$expected" ] ||
  { echo "expected $expected records once each, found $records lines, $unique ids" >&2; exit 1; }
hosts=$(tail -n +2 jobs.log | cut -f2 | sort -u | wc -l)
[ "$hosts" -eq 2 ] || { echo "expected jobs on both login entries, found $hosts" >&2; exit 1; }
echo "ok: 24 shards, $expected records once each; killed after $killed_at shards, resumed; jobs ran on $hosts hosts"
