#!/usr/bin/env python3
"""Backlog drain of the PostgreSQL sink (issue 13 target: >= 5,000 articles/s into a local
PostgreSQL). Prints figures, asserts nothing.

Usage: sink_bench.py BINARY SEED [--articles N] [--batch N] [--ten-hosts PER_HOST]

A state folder is filled with N articles (1-1.5 KB, fr/en/de/es) in the documented format
(ingest_bench.fill_directly: no daemon ingest time), a throw-away PostgreSQL cluster is started
(Tests/reliability/pgcluster.py: initdb, fsync=off like the tests' clusters, unix socket), then
`presswatch run` with the sink on copies the whole backlog. Printed: articles/s from the first
committed row to the watermark reaching the local index's last change (the drain itself), and
from the daemon's start (connecting and migrating included); then how long after the daemon's
start the last full-text vector was built (schema version 3 builds them after the rows land, on a
second connection: `search` null until then). Needs PostgreSQL (`make deps`).
With --ten-hosts, also the ten-hosts scenario of the reliability suite (Tests/reliability/sink.py
ten_hosts: 10 presswatch processes, one PostgreSQL restarted once, one presswatch SIGKILLed once)
with this binary: rows, lost, doubled and the sink lag publish -> commit, p50/p99.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "reliability"))
from ingest_bench import fill_directly  # noqa: E402
import pgcluster  # noqa: E402


def start_daemon(binary, folder, env):
    log = open(os.path.join(folder, "daemon.log"), "ab")
    proc = subprocess.Popen([binary, "run", "--inbox", os.path.join(folder, "inbox"), "--state",
                             os.path.join(folder, "state"), "--log-level", "notice"],
                            stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, **env))
    log.close()
    return proc


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=120)


def wait(predicate, deadline, interval=0.05):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(interval)
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("seed")
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=None, help="sink.postgres.batchSize (default: the daemon's)")
    parser.add_argument("--ten-hosts", type=int, default=0, metavar="PER_HOST", help="also run the ten-hosts scenario")
    args = parser.parse_args()
    status = drain(args)
    if args.ten_hosts:
        os.environ["PRESSWATCH_BIN"] = os.path.abspath(args.binary)
        import harness
        import sink
        try:
            print("sink, ten hosts: " + sink.ten_hosts(10, args.ten_hosts))
        finally:
            for folder in harness.SCRATCH_DIRS:
                shutil.rmtree(folder, ignore_errors=True)
    return status


def drain(args):
    folder = tempfile.mkdtemp(prefix="presswatch-sink-bench-", dir="/var/tmp")
    cluster = None
    try:
        for sub in ("inbox", "state"):
            os.makedirs(os.path.join(folder, sub))
        quiet = {"PRESSWATCH_INBOX_SETTLE_SECONDS": "0.3"}
        proc = start_daemon(args.binary, folder, quiet)  # an empty index.json to fill
        wait(lambda: os.path.exists(os.path.join(folder, "state", "index.json")), 60)
        stop(proc)
        fill_directly(os.path.join(folder, "state"), args.seed, 0, args.articles)
        cluster = pgcluster.PgCluster()
        env = dict(quiet, PRESSWATCH_SINK_POSTGRES_URL=cluster.url, PRESSWATCH_SINK_POSTGRES_INSTANCE="bench")
        if args.batch:
            env["PRESSWATCH_SINK_POSTGRES_BATCH_SIZE"] = str(args.batch)
        with open(os.path.join(folder, "state", "index.json"), encoding="utf-8") as f:
            last = __import__("json").load(f)["lastSequence"]
        started = time.monotonic()
        proc = start_daemon(args.binary, folder, env)
        first = [None]

        def progress():
            text = cluster.try_psql("SELECT coalesce((SELECT last_sequence FROM presswatch.sink_watermarks), 0)")
            mark = int(text) if text else 0
            if mark > 0 and first[0] is None:
                first[0] = (time.monotonic(), mark)
            return mark >= last
        done = wait(progress, 1800)
        ended = time.monotonic()
        searchable = wait(lambda: cluster.try_psql("SELECT count(*) FROM presswatch.articles WHERE search IS NULL") == "0", 1800)
        vectors_done = time.monotonic()
        stop(proc)
        rows = cluster.psql("SELECT count(*) FROM presswatch.articles")
        load = os.getloadavg()[0]
        if not done:
            print(f"sink drain: did not finish within 1800 s ({rows} rows of {args.articles})")
            return 1
        t0, mark0 = first[0]
        drain = max(ended - t0, 1e-6)
        print(f"sink backlog drain: {args.articles} articles -> {rows} rows; "
              f"{(args.articles - mark0) / drain:,.0f} articles/s after the first batch "
              f"({args.articles - mark0} in {drain:.2f} s), {args.articles / (ended - started):,.0f} articles/s "
              f"from the daemon's start ({ended - started:.2f} s); batch {args.batch or 'default'}; "
              f"load average {load:.1f} (target >= 5,000/s)")
        if searchable:
            print(f"sink search vectors: the last built {vectors_done - started:.2f} s after the daemon's start "
                  f"({vectors_done - ended:.2f} s after the drain; {args.articles / (vectors_done - started):,.0f} articles/s "
                  f"searchable by the GIN index from the daemon's start)")
        else:
            print("sink search vectors: not all built within 1800 s")
        return 0
    finally:
        if cluster:
            cluster.destroy()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
