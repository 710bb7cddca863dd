#!/usr/bin/env python3
"""Backlog drain of the PostgreSQL sink (issue 13 target: >= 5,000 articles/s into a local
PostgreSQL). Prints figures, asserts nothing.

Usage: sink_bench.py BINARY SEED [--articles N] [--batch N] [--ten-hosts PER_HOST] [--profile]
                     [--ingest BURST [--pairs N] [--fs tmpfs,disk]] [--no-drain]

A state folder is filled with N articles (1-1.5 KB, fr/en/de/es) in the documented format
(ingest_bench.fill_directly: no daemon ingest time), a throw-away PostgreSQL cluster is started
(Tests/reliability/pgcluster.py: initdb, fsync=off like the tests' clusters, unix socket), then
`presswatch run` with the sink on copies the whole backlog. Printed: articles/s from the first
committed row to the watermark reaching the local index's last change (the drain itself), and
from the daemon's start (connecting and migrating included); then how long after the daemon's
start the last full-text vector was built (schema version 3 builds them after the rows land, on a
second connection: `search` null until then). Also printed: the CPU seconds (user+sys) of the daemon and of each PostgreSQL process from the
daemon's start to the drain's end (wall figures on a shared machine follow its load; CPU time
does much less). With --profile: the daemon and its server processes sampled by `perf record`,
and pg_stat_statements' statements by time. With --ingest BURST: the same burst ingested locally
with the sink off and on, in interleaved pairs, on tmpfs and/or disk (sink_onoff.py: the method,
and why). Needs PostgreSQL (`make deps`).
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
from ingest_bench import fill_directly, perf_top  # noqa: E402
import pgcluster  # noqa: E402
from proc_cpu import cpu_of, server_cpu  # noqa: E402
import sink_onoff  # noqa: E402

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
    parser = argparse.ArgumentParser(description=__doc__ + "\n" + sink_onoff.__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("seed")
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=None, help="sink.postgres.batchSize (default: the daemon's)")
    parser.add_argument("--ten-hosts", type=int, default=0, metavar="PER_HOST", help="also run the ten-hosts scenario")
    parser.add_argument("--ingest", type=int, default=0, metavar="BURST",
                        help="also: local ingest of a burst of BURST articles with the sink off and on, in interleaved "
                             "pairs (sink_onoff.py; target: on within 10 %% of off)")
    parser.add_argument("--pairs", type=int, default=10,
                        help="--ingest: off/on pairs per file system (the median of the per-pair ratios counts; "
                             "6 or more give an interval of the median)")
    parser.add_argument("--fs", default="tmpfs,disk", type=lambda text: text.split(","),
                        help="--ingest: where the state, inbox and PostgreSQL cluster live, comma-separated: "
                             "tmpfs (/dev/shm: no disk in the figures) and/or disk (/var/tmp). Default: tmpfs,disk")
    parser.add_argument("--drain", action=argparse.BooleanOptionalAction, default=True, help="run the backlog drain")
    parser.add_argument("--profile", action="store_true",
                        help="also sample the daemon with `perf record -g` during the drain and print the server's "
                             "statements by time (pg_stat_statements); with --ingest, also one profiled pair "
                             "(not counted)")
    args = parser.parse_args()
    if not set(args.fs) <= set(sink_onoff.FOLDERS):
        parser.error(f"--fs takes {', '.join(sink_onoff.FOLDERS)} (comma-separated), not {','.join(args.fs)}")
    status = drain(args) if args.drain else 0
    if args.ingest:
        status = sink_onoff.compare(args) or status
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
        cluster = pgcluster.PgCluster(extra=["-c shared_preload_libraries=pg_stat_statements",
                                             "-c pg_stat_statements.track=all"] if args.profile else [])
        if args.profile:
            cluster.psql("CREATE EXTENSION pg_stat_statements")
        env = dict(quiet, PRESSWATCH_SINK_POSTGRES_URL=cluster.url, PRESSWATCH_SINK_POSTGRES_INSTANCE="bench")
        if args.batch:
            env["PRESSWATCH_SINK_POSTGRES_BATCH_SIZE"] = str(args.batch)
        with open(os.path.join(folder, "state", "index.json"), encoding="utf-8") as f:
            last = __import__("json").load(f)["lastSequence"]
        server_before = server_cpu(cluster)
        started = time.monotonic()
        proc = start_daemon(args.binary, folder, env)
        profiler = subprocess.Popen(["perf", "record", "-e", "cpu-clock", "-g", "-q", "-o", os.path.join(folder, "drain.perf"),
                                     "-p", str(proc.pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) \
            if args.profile else None
        first = [None]

        backends = []

        def progress():
            text = cluster.try_psql("SELECT coalesce((SELECT last_sequence FROM presswatch.sink_watermarks), 0)")
            mark = int(text) if text else 0
            if mark > 0 and first[0] is None:
                first[0] = (time.monotonic(), mark)
                if args.profile:  # the daemon's connections' server processes, from here to the drain's end
                    pids = (cluster.try_psql("SELECT string_agg(pid::text, ',') FROM pg_stat_activity "
                                             "WHERE application_name = 'presswatch'") or "").strip()
                    if pids:
                        backends.append(subprocess.Popen(
                            ["perf", "record", "-e", "cpu-clock", "-g", "-q", "-o", os.path.join(folder, "server.perf"),
                             "-p", pids], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            return mark >= last
        # Polled by psql, a process and a server connection each time: every 0.1 s, not more,
        # as that costs CPU the drain would otherwise have.
        done = wait(progress, 1800, interval=0.1)
        ended = time.monotonic()
        daemon_cpu = cpu_of(proc.pid)
        server_after = server_cpu(cluster)
        for each in ([profiler] if profiler else []) + backends:
            each.send_signal(signal.SIGINT)
            each.wait(120)
        labels = {}
        for line in (cluster.try_psql("SELECT pid, left(regexp_replace(query, '\\s+', ' ', 'g'), 40) FROM pg_stat_activity "
                                      "WHERE application_name = 'presswatch'") or "").split("\n"):
            pid, _, query = line.partition("|")
            if pid.isdigit():
                labels[int(pid)] = "presswatch connection, last: " + query
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
        print(f"sink drain CPU (user+sys, from the daemon's start to the drain's end, {ended - started:.2f} s wall): "
              f"presswatch {daemon_cpu:.2f} s; PostgreSQL {sum(c for _, c in server_after.values()) - sum(c for _, c in server_before.values()):.2f} s:")
        server_total = sum(c for _, c in server_after.values()) - sum(c for _, c in server_before.values())
        per_client, per_server = daemon_cpu / args.articles * 1e6, server_total / args.articles * 1e6
        print(f"sink drain CPU per article: presswatch {per_client:,.0f} us, PostgreSQL {per_server:,.0f} us; the two work "
              f"in parallel (batch n+1 is made while batch n is written), so with a free core each the drain is bounded "
              f"near {1e6 / max(per_client, per_server, 1e-6):,.0f} articles/s (an estimate from CPU time, not a measurement)")
        for pid, (title, seconds) in sorted(server_after.items(), key=lambda item: -item[1][1]):
            spent = seconds - server_before.get(pid, ("", 0.0))[1]
            if spent >= 0.05:
                print(f"  {spent:6.2f} s  {labels.get(pid, title)}")
        if profiler:
            print("where presswatch's time went during the drain (perf record -e cpu-clock -g -p PID; --no-children):")
            for line in perf_top(os.path.join(folder, "drain.perf"), limit=25):
                print("  " + line)
            if backends:
                print("where the daemon's PostgreSQL server processes' time went from the first batch on (perf record -p):")
                for line in perf_top(os.path.join(folder, "server.perf"), limit=25):
                    print("  " + line)
            print("the server's statements by total time (pg_stat_statements):")
            print(cluster.psql("SELECT round(total_exec_time)::text || ' ms, ' || calls || ' calls, ' || rows || ' rows: ' "
                               "|| left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements "
                               "ORDER BY total_exec_time DESC LIMIT 12"))
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
