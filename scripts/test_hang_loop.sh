#!/usr/bin/env bash
# Runs the test binary RUNS times on the suites that hung under load, with BUSY extra busy
# processes (`yes`, started here and killed by PID at the end) to raise the load, and prints one
# line per run: exit status, seconds, the result line, the load average. A run still going after
# LIMIT seconds is taken as a hang: its threads' stacks (gdb), its children and its descriptors
# go to OUT/hang<N>/ before it is killed.
#
#   scripts/test_hang_loop.sh .build-debug/debug/presswatchPackageTests.xctest [RUNS] [BUSY] [LIMIT]
#
# Figures quoted in the commits: scripts/test_hang_loop.sh <xctest> 5 2 240 (README, "Testing").
set -u
binary=$(realpath "$1"); runs=${2:-5}; busy=${3:-2}; limit=${4:-240}
filter="IntegrationTests|PostgresSinkTests|SinkConfigurationTests|IngestCore|DaemonTests"
out=$(mktemp -d /tmp/presswatch-hangloop.XXXXXX)
pids=()
for _ in $(seq "$busy"); do yes >/dev/null & pids+=($!); done
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
echo "binary $binary, $busy busy processes, limit ${limit}s, logs in $out"
for i in $(seq "$runs"); do
  start=$(date +%s)
  "$binary" --testing-library swift-testing --filter "$filter" >"$out/run$i.log" 2>&1 &
  test=$!
  while kill -0 "$test" 2>/dev/null && [ $(( $(date +%s) - start )) -lt "$limit" ]; do sleep 2; done
  if kill -0 "$test" 2>/dev/null; then
    mkdir -p "$out/hang$i"
    gdb -p "$test" -batch -ex 'thread apply all bt 20' >"$out/hang$i/stacks.txt" 2>&1
    ps -o pid,stat,etime,cmd --ppid "$test" >"$out/hang$i/children.txt"
    ls -l "/proc/$test/fd" >"$out/hang$i/fds.txt" 2>&1
    kill -9 "$test"; wait "$test" 2>/dev/null
    echo "run $i HANG after ${limit}s load=$(cut -d' ' -f1 /proc/loadavg): stacks in $out/hang$i" \
         "(PostgreSQL servers it started are left running: stop them with pg_ctl)"
  else
    wait "$test"; rc=$?
    echo "run $i rc=$rc $(( $(date +%s) - start ))s $(grep -a 'Test run with' "$out/run$i.log" | sed 's/\x1b\[[0-9;]*m//g') load=$(cut -d' ' -f1 /proc/loadavg)"
  fi
done
